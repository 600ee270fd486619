using System.Diagnostics;
using System.Runtime.InteropServices;

namespace StyleLint.Benchmarks;

/// <summary>
/// CPU time of the calling thread in nanoseconds (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)), so a stage of
/// a few microseconds is measured without the other threads' and the other engineers' work. Elsewhere it falls
/// back to the process's CPU time.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static long Ticks()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out TimeSpec time) == 0)
        {
            return time.Seconds * 1_000_000_000 + time.Nanoseconds;
        }
        return (long)(Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds * 1_000_000);
    }

    /// <summary>Seconds of this thread's CPU time that <paramref name="action"/> took.</summary>
    public static double SecondsOf(Action action)
    {
        long start = Ticks();
        action();
        return (Ticks() - start) / 1e9;
    }
}
