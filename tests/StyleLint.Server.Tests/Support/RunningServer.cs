using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;
using StyleLint.Tests;

namespace StyleLint.Server.Tests.Support;

/// <summary>
/// A real StyleLint server on 127.0.0.1 with a port the OS chose, its log in a buffer, a temp folder for its config,
/// house rules and cache, and an HttpClient that sends the test token.
/// </summary>
internal sealed class RunningServer : IAsyncDisposable
{
    public const string Token = "test-token-0123456789abcdef";

    private readonly StringWriter log = new();

    private RunningServer(StyleLintServer server, TempFolder folder, StringWriter log)
    {
        Server = server;
        Folder = folder;
        this.log = log;
        BaseAddress = new Uri(server.Addresses.Single());
        Client = Create(Token);
    }

    public StyleLintServer Server { get; }

    public TempFolder Folder { get; }

    public Uri BaseAddress { get; }

    /// <summary>Sends the test token.</summary>
    public HttpClient Client { get; }

    public string Log => log.ToString();

    /// <summary>
    /// Starts a server. <paramref name="configure"/> may change the options; files written by <paramref name="prepare"/>
    /// (a config, rules, a token file) are in place before it starts. With no token source given, the test token is set.
    /// </summary>
    public static async Task<RunningServer> StartAsync(Func<ServerOptions, ServerOptions>? configure = null, Action<TempFolder>? prepare = null)
    {
        var folder = new TempFolder();
        prepare?.Invoke(folder);
        var options = new ServerOptions
        {
            Urls = ["http://127.0.0.1:0"],
            Tokens = [Token],
            ConfigSearchStart = folder.Root,
            CacheFolder = folder.PathOf("cache"),
            ReloadInterval = TimeSpan.FromMilliseconds(100),
        };
        if (configure != null) options = configure(options);
        var log = new StringWriter();
        try
        {
            StyleLintServer server = await StyleLintServer.StartAsync(options, log);
            return new RunningServer(server, folder, log);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    public HttpClient Create(string? token)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (token != null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(JObject json) => Json(json.ToString());

    public async Task<Response> PostJson(string path, JObject body, HttpClient? client = null) =>
        await Response.From(await (client ?? Client).PostAsync(path, Json(body)));

    public async Task<Response> Post(string path, HttpContent content, HttpClient? client = null) =>
        await Response.From(await (client ?? Client).PostAsync(path, content));

    public async Task<Response> Get(string path, HttpClient? client = null) =>
        await Response.From(await (client ?? Client).GetAsync(path));

    /// <summary>Waits until /healthz reports <paramref name="generation"/> (a reload happened) or fails the test.</summary>
    public async Task WaitForGeneration(int generation, TimeSpan? limit = null)
    {
        DateTime until = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < until)
        {
            if (Server.Snapshots.Current.Generation >= generation) return;
            await Task.Delay(50);
        }
        Assert.Fail($"the config was not reloaded to generation {generation}; log:\n{Log}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Folder.Dispose();
    }
}

/// <summary>A response read whole: status, headers, and the body as text and JSON.</summary>
internal sealed record Response(int Status, HttpResponseMessage Message, string Body)
{
    public JObject Json => JObject.Parse(Body);

    public JArray Findings => (JArray)Json["findings"]!;

    public static async Task<Response> From(HttpResponseMessage message) =>
        new((int)message.StatusCode, message, await message.Content.ReadAsStringAsync());

    public override string ToString() => $"{Status} {Body}";
}
