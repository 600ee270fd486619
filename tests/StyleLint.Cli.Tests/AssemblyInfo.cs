// The CLI lints in parallel itself; tests run one at a time so timings and the 2-core machine stay predictable.
[assembly: DoNotParallelize]
