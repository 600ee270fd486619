using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;
using StyleLint.Server.Tests.Support;

namespace StyleLint.Server.Tests;

/// <summary>413, 415, 400, 503 with Retry-After, timeouts, and errors that never show a stack trace.</summary>
[TestClass]
public sealed class LimitTests
{
    private static void AssertError(Response response, int status, string code)
    {
        Assert.AreEqual(status, response.Status, response.ToString());
        StringAssert.StartsWith(response.Message.Content.Headers.ContentType?.ToString(), "application/json", response.ToString());
        Assert.AreEqual(code, (string?)response.Json["error"], response.ToString());
        Assert.IsFalse(string.IsNullOrWhiteSpace((string?)response.Json["message"]), response.ToString());
        Assert.IsFalse(response.Body.Contains("   at ", StringComparison.Ordinal), "no stack trace: " + response.Body);
    }

    [TestMethod]
    public async Task A_body_over_the_limit_is_413_whether_its_length_is_declared_or_chunked()
    {
        await using RunningServer server = await RunningServer.StartAsync(o => o with { MaxBodyBytes = 1000 });
        string big = new JObject { ["text"] = new string('a', 2000) }.ToString();

        Response declared = await server.Post("/v1/check", RunningServer.Json(big));
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/check") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        Response streamed = await Response.From(await server.Client.SendAsync(request));
        Response small = await server.Post("/v1/check", RunningServer.Json(new JObject { ["text"] = new string('a', 900) }.ToString()));

        AssertError(declared, 413, "payload_too_large");
        AssertError(streamed, 413, "payload_too_large");
        Assert.AreEqual(200, small.Status, small.ToString());
    }

    [TestMethod]
    public async Task The_default_limit_is_2_MB()
    {
        await using RunningServer server = await RunningServer.StartAsync();

        Response response = await server.Post("/v1/check", new ByteArrayContent(new byte[2 * 1024 * 1024 + 1]) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } });

        AssertError(response, 413, "payload_too_large");
        StringAssert.Contains((string?)response.Json["message"], "2097152");
    }

    [TestMethod]
    public async Task An_unsupported_media_type_or_charset_is_415()
    {
        await using RunningServer server = await RunningServer.StartAsync();

        Response xml = await server.Post("/v1/check", new StringContent("<story/>", Encoding.UTF8, "application/xml"));
        Response none = await server.Post("/v1/check", new ByteArrayContent(Encoding.UTF8.GetBytes("{\"text\": \"x\"}")));
        Response latin1 = await server.Post("/v1/check", new StringContent("caf\u00e9", Encoding.Latin1, "text/plain"));
        Response form = await server.Post("/v1/publish-gate", new FormUrlEncodedContent([new("text", "x")]));

        AssertError(xml, 415, "unsupported_media_type");
        AssertError(none, 415, "unsupported_media_type");
        AssertError(latin1, 415, "unsupported_media_type");
        StringAssert.Contains((string?)latin1.Json["message"], "iso-8859-1");
        AssertError(form, 415, "unsupported_media_type");
    }

    [TestMethod]
    public async Task Invalid_JSON_encoding_or_request_is_400_with_a_JSON_error()
    {
        await using RunningServer server = await RunningServer.StartAsync();
        async Task<Response> Send(byte[] body, string type = "application/json") =>
            await server.Post("/v1/check", new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue(type) } });
        byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

        AssertError(await Send(Utf8("{\"text\": ")), 400, "invalid_json");
        AssertError(await Send(Utf8("[\"text\"]")), 400, "invalid_request");
        AssertError(await Send([.. Utf8("{\"text\": \"caf"), 0xE9, .. Utf8("\"}")]), 400, "invalid_encoding");
        AssertError(await Send(Utf8("{\"text\": \"half \\ud800 a pair\"}")), 400, "invalid_encoding");
        AssertError(await Send([.. Utf8("caf"), 0xE9], "text/plain"), 400, "invalid_encoding");
        AssertError(await Send([0x41, 0x00, 0x42], "text/plain"), 400, "invalid_encoding");
        AssertError(await Send(Utf8("{\"txet\": \"x\"}")), 400, "invalid_request");
        AssertError(await Send(Utf8("{}")), 400, "invalid_request");
        AssertError(await Send(Utf8("{\"text\": \"a\", \"html\": \"b\"}")), 400, "invalid_request");
        AssertError(await Send(Utf8("{\"text\": 42}")), 400, "invalid_request");
        AssertError(await Send(Utf8("{\"fields\": {\"body\": 42}}")), 400, "invalid_request");
        AssertError(await Send(Utf8("{\"text\": \"a\", \"path\": \"a\\u0000b\"}")), 400, "invalid_request");
        AssertError(await Send(Utf8("{\"text\": \"a\", \"config\": {\"rules\": {\"News.DubledWord\": \"off\"}}}")), 400, "invalid_config");
        AssertError(await Send(Utf8("{\"text\": \"a\", \"config\": {\"rulePaths\": [\"/etc\"]}}")), 400, "invalid_config");
        AssertError(await Send(Utf8("{\"text\": \"a\", \"config\": {\"minAlertLevel\": \"loud\"}}")), 400, "invalid_config");
        AssertError(await Send(Utf8(new string('[', 100) + new string(']', 100))), 400, "invalid_json");

        Response typo = await Send(Utf8("{\"text\": \"a\", \"config\": {\"rules\": {\"News.DubledWord\": \"off\"}}}"));
        StringAssert.Contains((string?)typo.Json["message"], "did you mean 'News.DoubledWord'");
    }

    [TestMethod]
    public async Task Too_many_requests_at_once_get_503_with_Retry_After()
    {
        using var entered = new SemaphoreSlim(0);
        using var release = new ManualResetEventSlim();
        await using RunningServer server = await RunningServer.StartAsync(o => o with
        {
            MaxConcurrentRequests = 1,
            QueueLimit = 0,
            BeforeLint = _ =>
            {
                entered.Release();
                release.Wait(TimeSpan.FromSeconds(30));
            },
        });
        var body = new JObject { ["text"] = "The council met.\n" };

        Task<Response> first = server.PostJson("/v1/check", body);
        Assert.IsTrue(await entered.WaitAsync(TimeSpan.FromSeconds(30)), "the first request is being checked");
        Response second = await server.PostJson("/v1/publish-gate", body);
        Response health = await server.Get("/healthz");
        release.Set();
        Response firstDone = await first;

        AssertError(second, 503, "overloaded");
        Assert.AreEqual(TimeSpan.FromSeconds(1), second.Message.Headers.RetryAfter?.Delta, second.ToString());
        Assert.AreEqual(200, health.Status, "health is not limited");
        Assert.AreEqual(200, firstDone.Status, firstDone.ToString());
    }

    [TestMethod]
    public async Task A_request_waiting_too_long_for_a_slot_gets_503_and_a_stalled_body_gets_408()
    {
        using var entered = new SemaphoreSlim(0);
        using var release = new ManualResetEventSlim();
        await using RunningServer server = await RunningServer.StartAsync(o => o with
        {
            MaxConcurrentRequests = 1,
            QueueLimit = 4,
            RequestTimeout = TimeSpan.FromSeconds(1),
            BeforeLint = request =>
            {
                if (request.Documents[0].Text != "hold") return;
                entered.Release();
                release.Wait(TimeSpan.FromSeconds(30));
            },
        });

        Task<Response> holder = server.PostJson("/v1/check", new JObject { ["text"] = "hold" });
        Assert.IsTrue(await entered.WaitAsync(TimeSpan.FromSeconds(30)));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Response queued = await server.PostJson("/v1/check", new JObject { ["text"] = "The council met.\n" });
        TimeSpan waited = clock.Elapsed;
        release.Set();
        await holder;

        AssertError(queued, 503, "overloaded");
        Assert.IsNotNull(queued.Message.Headers.RetryAfter, queued.ToString());
        Assert.IsTrue(waited < TimeSpan.FromSeconds(10), $"answered after {waited}");

        string stalled = await RawHttp.SendPartialAsync(server.BaseAddress, "/v1/check", RunningServer.Token, 100, "{\"text\": \"The", TimeSpan.FromSeconds(20));
        StringAssert.StartsWith(stalled, "HTTP/1.1 408", stalled);
        StringAssert.Contains(stalled, "\"error\":\"timeout\"", stalled);
    }

    [TestMethod]
    public async Task A_long_check_that_outlives_the_timeout_is_answered_503_in_time()
    {
        using var release = new ManualResetEventSlim();
        await using RunningServer server = await RunningServer.StartAsync(o => o with
        {
            RequestTimeout = TimeSpan.FromSeconds(1),
            BeforeLint = request =>
            {
                if (request.Documents[0].Text.Length >= Endpoints.LongText) release.Wait(TimeSpan.FromSeconds(30));
            },
        });
        string article = string.Concat(Enumerable.Repeat("The council met on Tuesday.\n", Endpoints.LongText / 20));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        Response slow = await server.PostJson("/v1/check", new JObject { ["text"] = article });
        TimeSpan answeredAfter = clock.Elapsed;
        release.Set();
        Response next = await server.PostJson("/v1/check", new JObject { ["text"] = "The the council met.\n" });

        AssertError(slow, 503, "overloaded");
        Assert.IsNotNull(slow.Message.Headers.RetryAfter);
        Assert.IsTrue(answeredAfter < TimeSpan.FromSeconds(10), $"answered after {answeredAfter}");
        Assert.AreEqual(200, next.Status, next.ToString());
    }

    [TestMethod]
    public async Task An_internal_error_is_a_JSON_500_without_details_and_is_logged()
    {
        await using RunningServer server = await RunningServer.StartAsync(o => o with
        {
            BeforeLint = _ => throw new InvalidOperationException("boom: internal detail"),
        });

        Response response = await server.PostJson("/v1/check", new JObject { ["text"] = "The council met.\n" });

        AssertError(response, 500, "internal_error");
        Assert.IsFalse(response.Body.Contains("boom", StringComparison.Ordinal), response.Body);
        Assert.IsFalse(response.Body.Contains("InvalidOperationException", StringComparison.Ordinal), response.Body);
        StringAssert.Contains(server.Log, "InvalidOperationException: boom: internal detail");
    }

    [TestMethod]
    public async Task Unknown_endpoints_are_a_JSON_404_and_wrong_methods_405()
    {
        await using RunningServer server = await RunningServer.StartAsync();

        AssertError(await server.Get("/v2/check"), 404, "not_found");
        Assert.AreEqual(405, (await server.Get("/v1/check")).Status);
    }
}
