using Newtonsoft.Json.Linq;
using StyleLint.Output;
using StyleLint.Rules;
using StyleLint.Server.Tests.Support;

namespace StyleLint.Server.Tests;

/// <summary>GET /healthz, GET /v1/rules and the OpenAPI document.</summary>
[TestClass]
public sealed class ApiTests
{
    [TestMethod]
    public async Task Health_reports_ok_and_the_config_generation()
    {
        await using RunningServer server = await RunningServer.StartAsync();

        Response health = await server.Get("/healthz");

        Assert.AreEqual(200, health.Status);
        Assert.AreEqual("ok", (string?)health.Json["status"]);
        Assert.AreEqual(1, (int)health.Json["configGeneration"]!);
        Assert.AreEqual(BuiltInRules.Checkers.Count, (int)health.Json["rules"]!);
    }

    [TestMethod]
    public async Task Rules_are_the_CLI_rule_objects_with_how_the_config_runs_them()
    {
        await using RunningServer server = await RunningServer.StartAsync(prepare: f => f.Write(".stylelint.yml", "failLevel: warning\nrules:\n  News.DoubledWord: off\n  News.DoubleSpace: error\n"));

        Response response = await server.Get("/v1/rules");

        Assert.AreEqual(200, response.Status, response.ToString());
        var rules = (JArray)response.Json["rules"]!;
        Assert.AreEqual(BuiltInRules.Checkers.Count, rules.Count);
        JObject doubled = (JObject)rules.Single(r => (string?)r["id"] == "News.DoubledWord");
        JObject expected = RuleJson.ToJson(BuiltInRules.Checkers.Single(c => c.Rule.Id == "News.DoubledWord").Rule);
        expected["configured"] = "off";
        Assert.IsTrue(JToken.DeepEquals(expected, doubled), doubled.ToString());
        Assert.AreEqual("error", (string?)rules.Single(r => (string?)r["id"] == "News.DoubleSpace")["configured"]);
        Assert.AreEqual("warning", (string?)response.Json["failLevel"]);
    }

    [TestMethod]
    public async Task The_OpenAPI_document_describes_every_endpoint_and_the_CLI_finding_shape()
    {
        await using RunningServer server = await RunningServer.StartAsync();

        Response response = await server.Get("/openapi.json", server.Create(null));

        Assert.AreEqual(200, response.Status, response.ToString());
        JObject document = response.Json;
        StringAssert.StartsWith((string?)document["openapi"], "3.");
        var paths = (JObject)document["paths"]!;
        foreach (string path in new[] { "/v1/check", "/v1/publish-gate", "/v1/rules", "/healthz" }) Assert.IsNotNull(paths[path], path);
        JObject check = (JObject)paths["/v1/check"]!["post"]!;
        CollectionAssert.AreEquivalent(new[] { "application/json", "text/plain", "text/markdown", "text/html" },
            ((JObject)check["requestBody"]!["content"]!).Properties().Select(p => p.Name).ToArray());
        foreach (string status in new[] { "200", "400", "401", "408", "413", "415", "503" }) Assert.IsNotNull(check["responses"]![status], status);
        Assert.IsNotNull(paths["/v1/publish-gate"]!["post"]!["responses"]!["422"]);
        Assert.IsNotNull(check["security"], "the /v1 endpoints need a bearer token");
        Assert.IsNull(paths["/healthz"]!["get"]!["security"], "health needs none");
        Assert.AreEqual("bearer", (string?)document["components"]!["securitySchemes"]!["bearer"]!["scheme"]);

        var findingSchema = (JObject)document["components"]!["schemas"]!["Finding"]!["properties"]!;
        var finding = JsonFormatter.ToJson(new Findings.Finding("f", 1, 1, 1, 2, 0, 1, "News.X", Findings.Severity.Error, "m", []));
        CollectionAssert.AreEquivalent(finding.Properties().Select(p => p.Name).ToArray(), findingSchema.Properties().Select(p => p.Name).ToArray());
        var requestSchema = (JObject)check["requestBody"]!["content"]!["application/json"]!["schema"]!["properties"]!;
        CollectionAssert.IsSubsetOf(new[] { "text", "markdown", "html", "fields", "post_title", "post_content", "path", "config" }, requestSchema.Properties().Select(p => p.Name).ToArray());
    }
}
