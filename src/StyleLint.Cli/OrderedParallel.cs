using System.Runtime.ExceptionServices;

namespace StyleLint.Cli;

/// <summary>
/// Runs work items on all cores and hands their results to the caller's thread in item order, as soon as order
/// allows. At most <c>window</c> items are started and not yet handed over, so the results waiting for an
/// earlier item to finish stay few however many items there are. Items start in order, so the earliest item
/// waited for has always started: the window cannot deadlock.
/// </summary>
public static class OrderedParallel
{
    public static void ForEach<T>(int count, int window, Func<int, T> work, Action<int, T> consume)
    {
        var slots = new (bool Done, T? Value, ExceptionDispatchInfo? Error)[count];
        using var permits = new SemaphoreSlim(window);
        int next = -1;
        var gate = new object();

        void Worker()
        {
            while (true)
            {
                permits.Wait();
                int i = Interlocked.Increment(ref next);
                if (i >= count)
                {
                    permits.Release();
                    return;
                }
                (bool, T?, ExceptionDispatchInfo?) slot;
                try
                {
                    slot = (true, work(i), null);
                }
                catch (Exception e)
                {
                    slot = (true, default, ExceptionDispatchInfo.Capture(e));
                }
                lock (gate)
                {
                    slots[i] = slot;
                    Monitor.PulseAll(gate);
                }
            }
        }

        Task[] workers = Enumerable.Range(0, Math.Max(1, Math.Min(Environment.ProcessorCount, count)))
            .Select(_ => Task.Factory.StartNew(Worker, TaskCreationOptions.LongRunning))
            .ToArray();
        for (int i = 0; i < count; i++)
        {
            (bool Done, T? Value, ExceptionDispatchInfo? Error) slot;
            lock (gate)
            {
                while (!slots[i].Done) Monitor.Wait(gate);
                slot = slots[i];
                slots[i] = default;
            }
            permits.Release();
            slot.Error?.Throw();
            consume(i, slot.Value!);
        }
        Task.WaitAll(workers);
    }
}
