using System.Net.Http.Headers;
using Newtonsoft.Json.Linq;
using StyleLint.Server.Tests.Support;

namespace StyleLint.Server.Tests;

/// <summary>Bearer tokens: from options (the environment variable) or a token file; 401 otherwise; never in a log.</summary>
[TestClass]
public sealed class SecurityTests
{
    private static readonly JObject Body = new() { ["text"] = "The council met.\n" };

    [TestMethod]
    public async Task No_token_a_wrong_token_or_another_scheme_is_401_with_a_JSON_body()
    {
        await using RunningServer server = await RunningServer.StartAsync();
        using HttpClient anonymous = server.Create(null);
        using HttpClient wrong = server.Create("test-token-0123456789abcdeX");
        using HttpClient prefix = server.Create(RunningServer.Token[..^1]);
        using HttpClient basic = server.Create(null);
        basic.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", RunningServer.Token);

        foreach ((string name, HttpClient client) in new[] { ("none", anonymous), ("wrong", wrong), ("prefix", prefix), ("basic", basic) })
        {
            Response check = await server.PostJson("/v1/check", Body, client);
            Response gate = await server.PostJson("/v1/publish-gate", Body, client);
            Response rules = await server.Get("/v1/rules", client);
            foreach (Response response in new[] { check, gate, rules })
            {
                Assert.AreEqual(401, response.Status, $"{name}: {response}");
                Assert.AreEqual("unauthorized", (string?)response.Json["error"], name);
                StringAssert.StartsWith(response.Message.Headers.WwwAuthenticate.ToString(), "Bearer", name);
            }
        }
        Assert.AreEqual(200, (await server.PostJson("/v1/check", Body)).Status);
        Assert.AreEqual(200, (await server.Get("/healthz", anonymous)).Status, "health needs no token");
        Assert.AreEqual(200, (await server.Get("/openapi.json", anonymous)).Status, "the API document needs no token");
    }

    [TestMethod]
    public async Task Tokens_from_a_token_file_are_accepted_and_reloaded_when_it_changes()
    {
        const string first = "file-token-aaaaaaaaaaaaaaaa";
        const string second = "file-token-bbbbbbbbbbbbbbbb";
        await using RunningServer server = await RunningServer.StartAsync(
            o => o with { Tokens = [], TokenFile = Path.Combine(o.ConfigSearchStart, "tokens") },
            folder => folder.Write("tokens", $"# CMS production\n{first}\n\n"));
        using HttpClient one = server.Create(first);
        using HttpClient two = server.Create(second);

        Assert.AreEqual(200, (await server.PostJson("/v1/check", Body, one)).Status);
        Assert.AreEqual(401, (await server.PostJson("/v1/check", Body, two)).Status);
        Assert.AreEqual(401, (await server.PostJson("/v1/check", Body)).Status, "the environment token is not set here");

        server.Folder.Write("tokens", $"{second}\n");
        DateTime until = DateTime.UtcNow.AddSeconds(30);
        while ((await server.PostJson("/v1/check", Body, two)).Status != 200 && DateTime.UtcNow < until) await Task.Delay(50);

        Assert.AreEqual(200, (await server.PostJson("/v1/check", Body, two)).Status, server.Log);
        Assert.AreEqual(401, (await server.PostJson("/v1/check", Body, one)).Status, "a token removed from the file is refused");
    }

    [TestMethod]
    public async Task Tokens_and_bodies_never_reach_the_log()
    {
        await using RunningServer server = await RunningServer.StartAsync();
        using HttpClient wrong = server.Create("wrong-token-secret-0123456789");

        await server.PostJson("/v1/check", new JObject { ["text"] = "Confidential draft about the the harbour.\n" });
        await server.PostJson("/v1/check", Body, wrong);
        await server.Post("/v1/check", RunningServer.Json("{\"text\": \"Confidential"));

        string log = server.Log;
        StringAssert.Contains(log, "Listening on", "the log is captured");
        Assert.IsFalse(log.Contains(RunningServer.Token, StringComparison.Ordinal), log);
        Assert.IsFalse(log.Contains("wrong-token-secret", StringComparison.Ordinal), log);
        Assert.IsFalse(log.Contains("Confidential", StringComparison.Ordinal), log);
    }

    [TestMethod]
    public async Task Without_tokens_only_loopback_is_served_anonymously()
    {
        await using RunningServer server = await RunningServer.StartAsync(o => o with { Tokens = [] });
        using HttpClient anonymous = server.Create(null);

        Assert.AreEqual(200, (await server.PostJson("/v1/check", Body, anonymous)).Status);
        StringAssert.Contains(server.Log, "no tokens");

        var options = new ServerOptions { Urls = ["http://0.0.0.0:0"], CacheFolder = Path.GetTempPath() };
        ServerStartException refused = await Assert.ThrowsExactlyAsync<ServerStartException>(() => StyleLintServer.StartAsync(options, null));
        StringAssert.Contains(refused.Message, "without tokens");
    }

    [TestMethod]
    public void Short_tokens_are_refused_and_loopback_addresses_are_recognised()
    {
        Assert.ThrowsExactly<ServerStartException>(() => new TokenStore(["short"], null));
        var store = new TokenStore(["0123456789abcdef", "fedcba9876543210"], null);
        Assert.IsTrue(store.IsValid("fedcba9876543210"));
        Assert.IsFalse(store.IsValid("fedcba987654321"));
        Assert.IsFalse(store.IsValid(""));

        Assert.IsTrue(StyleLintServer.IsLoopback("http://127.0.0.1:8080"));
        Assert.IsTrue(StyleLintServer.IsLoopback("http://127.1.2.3:8080/"));
        Assert.IsTrue(StyleLintServer.IsLoopback("http://[::1]:8080"));
        Assert.IsTrue(StyleLintServer.IsLoopback("http://localhost:8080"));
        Assert.IsFalse(StyleLintServer.IsLoopback("http://0.0.0.0:8080"));
        Assert.IsFalse(StyleLintServer.IsLoopback("http://*:8080"));
        Assert.IsFalse(StyleLintServer.IsLoopback("http://192.168.1.4:8080"));
        Assert.IsFalse(StyleLintServer.IsLoopback("http://[::]:8080"));
    }

    [TestMethod]
    public void Malformed_listen_addresses_are_refused_rather_than_guessed()
    {
        // Kestrel itself would listen on every interface, port 80, for some of these.
        foreach (string url in new[] { "http://nohost:abc", "http://example.org:8080", "http://127.0.0.1", "http://127.0.0.1:99999", "127.0.0.1:8080", "https://127.0.0.1:8443", "http://localhost:0", "http://::1:8080" })
        {
            Assert.ThrowsExactly<ServerStartException>(() => ListenAddress.Parse(url), url);
        }
        Assert.AreEqual(8080, ListenAddress.Parse("http://127.0.0.1:8080/").Port);
        Assert.IsTrue(ListenAddress.Parse("http://0.0.0.0:8080").IsAny);
        Assert.IsTrue(ListenAddress.Parse("http://*:8080").IsAny);
        Assert.IsTrue(ListenAddress.Parse("http://[::1]:0").IsLoopback);
    }
}
