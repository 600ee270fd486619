using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using StyleLint.Server;

// Load benchmark of the check endpoint on loopback. Bounded: it stops after the measured duration or the request
// count, whichever comes first, and never sends to anything but 127.0.0.0/8 or [::1].
//
//   dotnet run -c Release --project bench/StyleLint.Bench.Server -- [connections=4] [seconds=10] [warmup=3]
//       [max=200000] [endpoint=check|publish-gate|healthz] [format=text|html] [url=http://127.0.0.1:PORT]
var settings = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
int connections = int.Parse(settings.GetValueOrDefault("connections", "4"), CultureInfo.InvariantCulture);
double seconds = double.Parse(settings.GetValueOrDefault("seconds", "10"), CultureInfo.InvariantCulture);
double warmup = double.Parse(settings.GetValueOrDefault("warmup", "3"), CultureInfo.InvariantCulture);
long maxRequests = long.Parse(settings.GetValueOrDefault("max", "200000"), CultureInfo.InvariantCulture);
string endpoint = settings.GetValueOrDefault("endpoint", "check");
string format = settings.GetValueOrDefault("format", "text");
string? url = settings.GetValueOrDefault("url");
if (connections is < 1 or > 256 || seconds is <= 0 or > 120 || warmup is < 0 or > 60 || maxRequests < 1)
{
    Console.Error.WriteLine("connections 1-256, seconds up to 120, warmup up to 60");
    return 2;
}

string article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "article.txt"));
string key = format == "html" ? "html" : "text";
string content = format == "html"
    ? string.Join("\n", article.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select((p, i) => i == 0 ? $"<h1>{WebUtility.HtmlEncode(p)}</h1>" : $"<p>{WebUtility.HtmlEncode(p)}</p>"))
    : article;
byte[] body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { [key] = content, ["path"] = "bench/article." + (key == "html" ? "html" : "txt") });

const string Token = "bench-token-0123456789abcdef";
StyleLintServer? server = null;
if (url == null)
{
    server = await StyleLintServer.StartAsync(new ServerOptions
    {
        Urls = ["http://127.0.0.1:0"],
        Tokens = [Token],
        ConfigSearchStart = AppContext.BaseDirectory,
        QueueLimit = Math.Max(128, connections * 2),
    }, log: null);
    url = server.Addresses[0];
}
else if (!StyleLintServer.IsLoopback(url))
{
    Console.Error.WriteLine($"refusing to load {url}: the benchmark only sends to loopback addresses");
    return 2;
}

using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
{
    BaseAddress = new Uri(url),
    Timeout = TimeSpan.FromSeconds(30),
};
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("STYLELINT_BENCH_TOKEN") ?? Token);
string path = "/v1/" + endpoint;

// Warm-up (JIT, tiering, connection pool), not measured.
await Run(TimeSpan.FromSeconds(warmup), long.MaxValue, record: false);
TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime, userBefore = Process.GetCurrentProcess().UserProcessorTime;
(List<double> latencies, int errors, string? firstError, TimeSpan elapsed) = await Run(TimeSpan.FromSeconds(seconds), maxRequests, record: true);
TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore, user = Process.GetCurrentProcess().UserProcessorTime - userBefore;

latencies.Sort();
double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
Console.WriteLine($"StyleLint server benchmark: POST {path}, {format} article of {Encoding.UTF8.GetByteCount(content)} bytes ({body.Length} bytes of JSON), full built-in pack");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}; {connections} connections, {seconds:0.#} s measured after {warmup:0.#} s warm-up; server {(server != null ? "in this process" : url)}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"requests: {latencies.Count + errors}, errors: {errors}, requests/s: {latencies.Count / elapsed.TotalSeconds:F0}, latency ms p50 {P(0.50):F2}, p90 {P(0.90):F2}, p99 {P(0.99):F2}, max {(latencies.Count > 0 ? latencies[^1] : double.NaN):F2}"));
if (server != null)
{
    // CPU time of this process (server and client together) per request: what the machine's load does not change much.
    double perRequest = cpu.TotalMilliseconds / Math.Max(1, latencies.Count + errors);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"cpu: {cpu.TotalSeconds:F1} s ({user.TotalSeconds:F1} s user) for server and client, {perRequest:F2} ms per request: at most {Environment.ProcessorCount * 1000 / perRequest:F0} requests/s if this process had every core to itself"));
}
if (firstError != null) Console.WriteLine("first error: " + firstError);
if (server != null) await server.DisposeAsync();
return errors == 0 ? 0 : 1;

async Task<(List<double>, int, string?, TimeSpan)> Run(TimeSpan duration, long max, bool record)
{
    var all = new List<double>[connections];
    int failures = 0;
    string? first = null;
    long sent = 0;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
    {
        var mine = all[worker] = new List<double>(1 << 16);
        while (clock.Elapsed < duration && Interlocked.Increment(ref sent) <= max)
        {
            long start = Stopwatch.GetTimestamp();
            try
            {
                using var request = endpoint == "healthz"
                    ? new HttpRequestMessage(HttpMethod.Get, "/healthz")
                    : new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } } };
                using HttpResponseMessage response = await client.SendAsync(request);
                byte[] answer = await response.Content.ReadAsByteArrayAsync();
                bool expected = response.StatusCode == HttpStatusCode.OK || (endpoint == "publish-gate" && (int)response.StatusCode == 422);
                if (!expected) throw new HttpRequestException($"{(int)response.StatusCode}: {Encoding.UTF8.GetString(answer)}");
                if (record) mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                if (record && Interlocked.Increment(ref failures) == 1) first = e.Message;
            }
        }
    })));
    TimeSpan elapsed = clock.Elapsed;
    return (all.SelectMany(l => l).ToList(), failures, first, elapsed);
}

static string LoadAverage()
{
    try
    {
        return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
    }
    catch (IOException)
    {
        return "unknown";
    }
}
