// Each test starts its own server; one at a time keeps timings (timeouts, the concurrency limit) predictable on 2 cores.
[assembly: DoNotParallelize]
