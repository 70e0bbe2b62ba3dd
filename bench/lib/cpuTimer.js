// CPU time of this process in milliseconds (user + system). On a shared machine wall time
// includes waiting for a core; CPU time does not, so it is the steadier measure of work done.
export function cpuNow() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
