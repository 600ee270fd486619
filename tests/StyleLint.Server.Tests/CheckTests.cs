using System.Text;
using Newtonsoft.Json.Linq;
using StyleLint.Engine;
using StyleLint.Markup;
using StyleLint.Output;
using StyleLint.Rules;
using StyleLint.Server.Tests.Support;

namespace StyleLint.Server.Tests;

/// <summary>POST /v1/check: the payload adapters, and findings exactly as the CLI writes them in JSON.</summary>
[TestClass]
public sealed class CheckTests
{
    private const string Story = "Harbour wall plan approved\n\nThe council approved the the plan on Tuesday.\nIt was organised by the harbour trust and recognized by the mayor.\n";

    private RunningServer server = null!;

    [TestInitialize]
    public async Task Start() => server = await RunningServer.StartAsync();

    [TestCleanup]
    public async Task Stop() => await server.DisposeAsync();

    /// <summary>What `stylelint check --format json` writes for the same text: the built-in linter and JsonFormatter.</summary>
    private static JArray CliFindings(string text, string name, MarkupFormat format) =>
        new(new Linter(BuiltInRules.Checkers).LintText(text, name, null, format).Findings.Select(JsonFormatter.ToJson));

    [TestMethod]
    public async Task Plain_text_findings_are_the_CLI_JSON_finding_objects_with_stats()
    {
        Response response = await server.PostJson("/v1/check", new JObject { ["text"] = Story });

        Assert.AreEqual(200, response.Status, response.ToString());
        JArray expected = CliFindings(Story, "text", MarkupFormat.PlainText);
        Assert.IsTrue(JToken.DeepEquals(expected, response.Findings), $"expected {expected}\ngot {response.Findings}");
        Assert.AreEqual(2, response.Findings.Count, response.ToString());
        JObject first = (JObject)response.Findings[0];
        CollectionAssert.AreEqual(
            new[] { "file", "line", "column", "endLine", "endColumn", "offset", "length", "ruleId", "severity", "message", "suggestions" },
            first.Properties().Select(p => p.Name).ToArray());
        Assert.AreEqual("News.DoubledWord", (string?)first["ruleId"]);
        Assert.AreEqual(3, (int)first["line"]!);
        Assert.AreEqual(22, (int)first["column"]!);

        JObject stats = (JObject)response.Json["stats"]!;
        Assert.AreEqual(1, (int)stats["errors"]!);
        Assert.AreEqual(1, (int)stats["warnings"]!);
        Assert.AreEqual(1, (int)stats["documents"]!);
        Assert.AreEqual(Story.Length, (int)stats["characters"]!);
        Assert.AreEqual("error", (string?)stats["failLevel"]);
        StringAssert.StartsWith(response.Message.Content.Headers.ContentType!.ToString(), "application/json");
    }

    [TestMethod]
    public async Task Markdown_and_HTML_findings_point_at_the_line_and_column_of_the_source()
    {
        const string markdown = "# Budget day\n\nSpending rose, and the the council met `the the` in code.\n";
        const string html = "<h1>Budget day</h1>\n<p>Spending rose, and <b>the the</b> council met.</p>\n";

        Response fromMarkdown = await server.PostJson("/v1/check", new JObject { ["markdown"] = markdown, ["path"] = "desk/budget.md" });
        Response fromHtml = await server.PostJson("/v1/check", new JObject { ["html"] = html });

        Assert.IsTrue(JToken.DeepEquals(CliFindings(markdown, "desk/budget.md", MarkupFormat.Markdown), fromMarkdown.Findings), fromMarkdown.ToString());
        Assert.IsTrue(JToken.DeepEquals(CliFindings(html, "html", MarkupFormat.Html), fromHtml.Findings), fromHtml.ToString());
        JToken md = fromMarkdown.Findings.Single(f => (string?)f["ruleId"] == "News.DoubledWord");
        Assert.AreEqual("desk/budget.md", (string?)md["file"]);
        Assert.AreEqual(3, (int)md["line"]!);
        Assert.AreEqual(20, (int)md["column"]!);
        JToken h = fromHtml.Findings.Single(f => (string?)f["ruleId"] == "News.DoubledWord");
        Assert.AreEqual(2, (int)h["line"]!);
        Assert.AreEqual(26, (int)h["column"]!);
    }

    [TestMethod]
    public async Task Raw_text_markdown_and_html_bodies_are_linted_as_they_are()
    {
        Response text = await server.Post("/v1/check", new StringContent(Story, Encoding.UTF8, "text/plain"));
        Response markdown = await server.Post("/v1/check?path=desk/story.md", new StringContent("Spending rose and the the council met.\n", Encoding.UTF8, "text/markdown"));
        Response html = await server.Post("/v1/check", new StringContent("<p>The the council met.</p>", Encoding.UTF8, "text/html"));
        var bom = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("The the council met.")]);
        bom.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        Response withBom = await server.Post("/v1/check", bom);

        Assert.IsTrue(JToken.DeepEquals(CliFindings(Story, "text", MarkupFormat.PlainText), text.Findings), text.ToString());
        Assert.AreEqual("desk/story.md", (string?)markdown.Findings.Single()["file"], markdown.ToString());
        Assert.AreEqual(19, (int)markdown.Findings.Single()["column"]!);
        Assert.AreEqual("html", (string?)html.Findings.Single()["file"], html.ToString());
        Assert.AreEqual(4, (int)html.Findings.Single()["column"]!);
        Assert.AreEqual(1, (int)withBom.Findings.Single()["column"]!, withBom.ToString());
    }

    [TestMethod]
    public async Task A_WordPress_post_checks_title_as_a_headline_excerpt_as_text_and_content_as_HTML()
    {
        var post = new JObject
        {
            ["ID"] = 4211,
            ["post_author"] = "7",
            ["post_status"] = "draft",
            ["post_title"] = "Council backs harbour plan.",
            ["post_excerpt"] = "Councillors backed the the plan.",
            ["post_content"] = "<!-- wp:paragraph -->\n<p>The vote was <em>31 to 9</em>, and work starts  on Monday.</p>\n<!-- /wp:paragraph -->",
        };

        Response response = await server.PostJson("/v1/check", post);

        Assert.AreEqual(200, response.Status, response.ToString());
        var found = response.Findings.Select(f => $"{f["file"]}:{f["line"]}:{f["column"]} {f["ruleId"]}").ToArray();
        CollectionAssert.AreEqual(new[]
        {
            "post_title:1:23 News.HeadlineFullStop",
            "post_excerpt:1:20 News.DoubledWord",
            "post_content:2:50 News.DoubleSpace",
        }, found, string.Join("\n", found));
        Assert.AreEqual(3, (int)response.Json["stats"]!["documents"]!);
    }

    [TestMethod]
    public async Task Fields_check_titles_standfirsts_and_body_as_one_story()
    {
        var request = new JObject
        {
            ["fields"] = new JObject
            {
                ["title"] = "US envoy visits harbour.",
                ["standfirst"] = "The the envoy met U.S. officials.",
                ["body"] = new JObject { ["html"] = "<p>U.S. officials welcomed the visit.</p>" },
                ["caption"] = null,
            },
            ["path"] = "world/envoy.html",
        };

        Response response = await server.PostJson("/v1/check", request);

        Assert.AreEqual(200, response.Status, response.ToString());
        var found = response.Findings.Select(f => $"{f["file"]}:{f["column"]} {f["ruleId"]}").ToArray();
        // The title is a headline (no full stop); U.S. is used twice elsewhere, so the title's US is the odd one out.
        CollectionAssert.Contains(found, "title:1 News.AbbreviationDots", string.Join("\n", found));
        CollectionAssert.Contains(found, "title:17 News.HeadlineFullStop", string.Join("\n", found));
        CollectionAssert.Contains(found, "standfirst:1 News.DoubledWord", string.Join("\n", found));
        Assert.IsFalse(found.Any(f => f.StartsWith("body:", StringComparison.Ordinal)), string.Join("\n", found));
        StringAssert.Contains((string?)response.Findings.First(f => (string?)f["ruleId"] == "News.AbbreviationDots")["message"], "U.S.");
    }

    [TestMethod]
    public async Task A_field_can_say_its_markup_and_whether_it_is_a_headline()
    {
        var request = new JObject
        {
            ["fields"] = new JObject
            {
                ["kicker"] = new JObject { ["text"] = "Storm warning.", ["headline"] = true },
                ["seoTitle"] = new JObject { ["text"] = "Storm warning for the coast.", ["headline"] = false },
                ["body"] = new JObject { ["markdown"] = "Rain **the the** coast." },
            },
        };

        Response response = await server.PostJson("/v1/check", request);

        var found = response.Findings.Select(f => $"{f["file"]}:{f["column"]} {f["ruleId"]}").ToArray();
        CollectionAssert.AreEqual(new[] { "kicker:7 News.HeadlineFullStop", "body:8 News.DoubledWord" }, found, response.ToString());
    }

    [TestMethod]
    public void Titles_and_headlines_are_headlines_and_subtitles_are_not()
    {
        foreach (string name in new[] { "title", "headline", "seoTitle", "og_title", "Headline", "hed" }) Assert.IsTrue(Payloads.IsHeadlineName(name), name);
        foreach (string name in new[] { "subtitle", "subheadline", "standfirst", "body", "titleImage" }) Assert.IsFalse(Payloads.IsHeadlineName(name), name);
    }

    [TestMethod]
    public async Task A_story_with_nothing_to_check_is_400_not_allowed()
    {
        Response fields = await server.PostJson("/v1/publish-gate", new JObject { ["fields"] = new JObject { ["title"] = null } });
        Response post = await server.PostJson("/v1/publish-gate", new JObject { ["post_title"] = null, ["post_content"] = null });

        Assert.AreEqual(400, fields.Status, fields.ToString());
        Assert.AreEqual(400, post.Status, post.ToString());
        StringAssert.Contains((string?)post.Json["message"], "nothing to check");
    }

    [TestMethod]
    public async Task A_request_config_goes_on_top_of_the_server_config_for_that_request_only()
    {
        var quiet = new JObject
        {
            ["text"] = Story,
            ["config"] = new JObject { ["rules"] = new JObject { ["News.DoubledWord"] = "off", ["News.IseIze"] = "error" }, ["minAlertLevel"] = "error" },
        };

        Response configured = await server.PostJson("/v1/check", quiet);
        Response plain = await server.PostJson("/v1/check", new JObject { ["text"] = Story });

        var found = configured.Findings.Select(f => $"{f["ruleId"]} {f["severity"]}").ToArray();
        CollectionAssert.AreEqual(new[] { "News.IseIze error" }, found, configured.ToString());
        Assert.AreEqual(2, plain.Findings.Count, plain.ToString());
    }
}
