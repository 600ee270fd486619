using Newtonsoft.Json.Linq;
using StyleLint.Server.Tests.Support;

namespace StyleLint.Server.Tests;

/// <summary>POST /v1/publish-gate: 200 allow, or 422 with the blocking findings, by the config's failLevel.</summary>
[TestClass]
public sealed class PublishGateTests
{
    [TestMethod]
    public async Task Clean_copy_and_copy_with_only_warnings_are_allowed_at_the_default_level()
    {
        await using RunningServer server = await RunningServer.StartAsync();

        Response clean = await server.PostJson("/v1/publish-gate", new JObject { ["text"] = "The council met on Tuesday.\n" });
        Response warnings = await server.PostJson("/v1/publish-gate", new JObject { ["text"] = "The council met  on Tuesday.\n" });

        Assert.AreEqual(200, clean.Status, clean.ToString());
        Assert.IsTrue((bool)clean.Json["allow"]!);
        Assert.AreEqual("error", (string?)clean.Json["failLevel"]);
        Assert.AreEqual(0, ((JArray)clean.Json["blocking"]!).Count);
        Assert.AreEqual(200, warnings.Status, warnings.ToString());
        Assert.IsTrue((bool)warnings.Json["allow"]!);
        Assert.AreEqual("News.DoubleSpace", (string?)warnings.Findings.Single()["ruleId"]);
    }

    [TestMethod]
    public async Task An_error_blocks_with_422_and_lists_the_blocking_findings()
    {
        await using RunningServer server = await RunningServer.StartAsync();

        Response response = await server.PostJson("/v1/publish-gate", new JObject
        {
            ["post_title"] = "Council backs plan",
            ["post_content"] = "<p>The the council met  on Tuesday.</p>",
        });

        Assert.AreEqual(422, response.Status, response.ToString());
        Assert.IsFalse((bool)response.Json["allow"]!);
        JToken blocking = ((JArray)response.Json["blocking"]!).Single();
        Assert.AreEqual("News.DoubledWord", (string?)blocking["ruleId"]);
        Assert.AreEqual("post_content", (string?)blocking["file"]);
        Assert.AreEqual(2, response.Findings.Count, "the warning is reported but does not block");
    }

    [TestMethod]
    public async Task The_failing_level_comes_from_the_config()
    {
        await using RunningServer server = await RunningServer.StartAsync(prepare: folder => folder.Write(".stylelint.yml", "failLevel: warning\n"));

        Response response = await server.PostJson("/v1/publish-gate", new JObject { ["text"] = "The council met  on Tuesday.\n" });

        Assert.AreEqual(422, response.Status, response.ToString());
        Assert.AreEqual("warning", (string?)response.Json["failLevel"]);
        Assert.AreEqual("News.DoubleSpace", (string?)((JArray)response.Json["blocking"]!).Single()["ruleId"]);
    }

    [TestMethod]
    public async Task A_request_cannot_lower_the_bar_with_its_own_config()
    {
        await using RunningServer server = await RunningServer.StartAsync();

        Response downgraded = await server.PostJson("/v1/publish-gate", new JObject
        {
            ["text"] = "The the council met.\n",
            ["config"] = new JObject { ["rules"] = new JObject { ["News.DoubledWord"] = "warning" } },
        });
        Response failLevel = await server.PostJson("/v1/check", new JObject
        {
            ["text"] = "The the council met.\n",
            ["config"] = new JObject { ["failLevel"] = "suggestion" },
        });

        Assert.AreEqual(400, downgraded.Status, downgraded.ToString());
        Assert.AreEqual("invalid_config", (string?)downgraded.Json["error"]);
        StringAssert.Contains((string?)downgraded.Json["message"], "the publish gate applies the server's config only");
        Assert.AreEqual(400, failLevel.Status, failLevel.ToString());
        StringAssert.Contains((string?)failLevel.Json["message"], "'failLevel' cannot be set in a request");
    }
}
