// Working calendars: weekly open hours, holidays and a UTC offset, answering "open at t?",
// "next opening / closing after t" and "open hours in [a, b]" in simulated hours.
export { WorkCalendar } from './workCalendar.js';
