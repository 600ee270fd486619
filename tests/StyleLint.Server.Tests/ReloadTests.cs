using Newtonsoft.Json.Linq;
using StyleLint.Server.Tests.Support;

namespace StyleLint.Server.Tests;

/// <summary>Config and house rules reload on change; requests in flight finish with the snapshot they started with.</summary>
[TestClass]
public sealed class ReloadTests
{
    private const string HealthcareRule = """
        id: House.Healthcare
        message: "House style is '{suggestion}', not '{match}'."
        description: Our paper writes health care as two words.
        severity: error
        kind: substitution
        ignorecase: true
        swap:
          healthcare: health care
        examples:
          bad:
            - text: "Spending on healthcare rose."
              fix: "Spending on health care rose."
          good:
            - "Spending on health care rose."
        """;

    private static readonly JObject Story = new() { ["text"] = "Spending on healthcare rose, the the minister said.\n" };

    private static string[] Rules(Response response) => response.Findings.Select(f => $"{f["ruleId"]} {f["severity"]}").ToArray();

    [TestMethod]
    public async Task An_edited_config_is_used_by_the_next_request()
    {
        await using RunningServer server = await RunningServer.StartAsync(prepare: f => f.Write(".stylelint.yml", "rules:\n  News.DoubledWord: off\n"));

        Response before = await server.PostJson("/v1/check", Story);
        server.Folder.Write(".stylelint.yml", "rules:\n  News.DoubledWord: warning\n");
        await server.WaitForGeneration(2);
        Response after = await server.PostJson("/v1/check", Story);

        CollectionAssert.AreEqual(Array.Empty<string>(), Rules(before), before.ToString());
        CollectionAssert.AreEqual(new[] { "News.DoubledWord warning" }, Rules(after), after.ToString());
        Assert.AreEqual(2, (int)after.Json["stats"]!["configGeneration"]!);
        StringAssert.Contains(server.Log, "Config reloaded (generation 2)");
    }

    [TestMethod]
    public async Task House_rules_are_compiled_in_when_added_and_changed_and_an_extended_config_is_watched()
    {
        await using RunningServer server = await RunningServer.StartAsync(prepare: f =>
        {
            f.Write("base.yml", "rules:\n  News.DoubledWord: off\n");
            f.Write(".stylelint.yml", "extends: base.yml\nrulePaths: [house]\n");
            f.Write("house/README.txt", "House rules live here.\n");
        });

        Response before = await server.PostJson("/v1/check", Story);
        server.Folder.Write("house/Healthcare.yml", HealthcareRule);
        await server.WaitForGeneration(2);
        Response added = await server.PostJson("/v1/check", Story);
        server.Folder.Write("house/Healthcare.yml", HealthcareRule.Replace("severity: error", "severity: warning", StringComparison.Ordinal));
        await server.WaitForGeneration(3);
        Response changed = await server.PostJson("/v1/check", Story);
        server.Folder.Write("base.yml", "rules:\n  News.DoubledWord: error\n");
        await server.WaitForGeneration(4);
        Response extended = await server.PostJson("/v1/check", Story);
        Response rules = await server.Get("/v1/rules");

        CollectionAssert.AreEqual(Array.Empty<string>(), Rules(before), before.ToString());
        CollectionAssert.AreEqual(new[] { "House.Healthcare error" }, Rules(added), added.ToString());
        CollectionAssert.AreEqual(new[] { "House.Healthcare warning" }, Rules(changed), changed.ToString());
        CollectionAssert.AreEqual(new[] { "House.Healthcare warning", "News.DoubledWord error" }, Rules(extended), extended.ToString());
        JToken house = rules.Json["rules"]!.Single(r => (string?)r["id"] == "House.Healthcare");
        Assert.AreEqual("warning", (string?)house["configured"]);
    }

    [TestMethod]
    public async Task Replaced_house_rules_are_unloaded_once_no_request_uses_them()
    {
        await using RunningServer server = await RunningServer.StartAsync(prepare: f =>
        {
            f.Write(".stylelint.yml", "rulePaths: [house]\n");
            f.Write("house/Healthcare.yml", HealthcareRule);
        });
        Response first = await server.PostJson("/v1/check", Story);
        WeakReference firstRules = HouseRuleAssembly(server);

        server.Folder.Write("house/Healthcare.yml", HealthcareRule.Replace("severity: error", "severity: warning", StringComparison.Ordinal));
        await server.WaitForGeneration(2);
        Response second = await server.PostJson("/v1/check", Story);
        WeakReference secondRules = HouseRuleAssembly(server);

        CollectionAssert.AreEqual(new[] { "House.Healthcare error", "News.DoubledWord error" }, Rules(first), first.ToString());
        CollectionAssert.AreEqual(new[] { "House.Healthcare warning", "News.DoubledWord error" }, Rules(second), second.ToString());
        for (int i = 0; i < 20 && firstRules.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.IsFalse(firstRules.IsAlive, "generation 1's house-rule assembly is still loaded after the reload");
        Assert.IsTrue(secondRules.IsAlive, "the serving generation's house rules were unloaded");
        StringAssert.Contains(server.Log, "House rules of generation 1 unloaded");
    }

    /// <summary>A weak reference to the assembly holding the serving snapshot's house rules (kept out of the async frame).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference HouseRuleAssembly(RunningServer server) =>
        new(server.Server.Snapshots.Current.Linter.Checkers.Single(c => c.Rule.Id == "House.Healthcare").GetType().Assembly);

    [TestMethod]
    public async Task A_broken_config_keeps_the_last_good_one_serving_until_it_is_fixed()
    {
        await using RunningServer server = await RunningServer.StartAsync(prepare: f => f.Write(".stylelint.yml", "rules:\n  News.DoubledWord: warning\n"));

        server.Folder.Write(".stylelint.yml", "rules:\n  News.DoubledWrod: off\n");
        DateTime until = DateTime.UtcNow.AddSeconds(30);
        while (!server.Server.Snapshots.Degraded && DateTime.UtcNow < until) await Task.Delay(50);
        Response health = await server.Get("/healthz");
        Response during = await server.PostJson("/v1/check", Story);
        server.Folder.Write(".stylelint.yml", "rules:\n  News.DoubledWord: off\n");
        await server.WaitForGeneration(2);
        Response fixedHealth = await server.Get("/healthz");
        Response after = await server.PostJson("/v1/check", Story);

        Assert.AreEqual("degraded", (string?)health.Json["status"], health.ToString());
        Assert.AreEqual(1, (int)health.Json["configGeneration"]!);
        StringAssert.Contains(server.Log, "did you mean 'News.DoubledWord'");
        CollectionAssert.AreEqual(new[] { "News.DoubledWord warning" }, Rules(during), during.ToString());
        Assert.AreEqual("ok", (string?)fixedHealth.Json["status"]);
        CollectionAssert.AreEqual(Array.Empty<string>(), Rules(after), after.ToString());
    }

    [TestMethod]
    public async Task A_request_in_flight_during_a_reload_completes_with_the_config_it_started_with()
    {
        using var entered = new SemaphoreSlim(0);
        using var release = new ManualResetEventSlim();
        await using RunningServer server = await RunningServer.StartAsync(
            o => o with
            {
                BeforeLint = request =>
                {
                    if (!request.Documents[0].Text.StartsWith("Hold", StringComparison.Ordinal)) return;
                    entered.Release();
                    release.Wait(TimeSpan.FromSeconds(30));
                },
            },
            f => f.Write(".stylelint.yml", "rules:\n  News.DoubledWord: warning\n"));

        Task<Response> inFlight = server.PostJson("/v1/publish-gate", new JObject { ["text"] = "Hold on: the the minister spoke.\n" });
        Assert.IsTrue(await entered.WaitAsync(TimeSpan.FromSeconds(30)));
        server.Folder.Write(".stylelint.yml", "rules:\n  News.DoubledWord: error\n");
        await server.WaitForGeneration(2);
        Response fresh = await server.PostJson("/v1/publish-gate", new JObject { ["text"] = "Then the the minister left.\n" });
        release.Set();
        Response finished = await inFlight;

        Assert.AreEqual(200, finished.Status, finished.ToString());
        Assert.IsTrue((bool)finished.Json["allow"]!, "generation 1: the doubled word is a warning");
        Assert.AreEqual(1, (int)finished.Json["stats"]!["configGeneration"]!);
        Assert.AreEqual(422, fresh.Status, fresh.ToString());
        Assert.AreEqual(2, (int)fresh.Json["stats"]!["configGeneration"]!);
    }

    [TestMethod]
    public async Task Requests_keep_succeeding_while_the_config_changes_under_load()
    {
        await using RunningServer server = await RunningServer.StartAsync(prepare: f => f.Write(".stylelint.yml", "rules:\n  News.DoubledWord: warning\n"));
        using var stop = new CancellationTokenSource();
        var statuses = new System.Collections.Concurrent.ConcurrentBag<int>();
        Task[] load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested) statuses.Add((await server.PostJson("/v1/check", Story)).Status);
        })).ToArray();

        for (int generation = 2; generation <= 5; generation++)
        {
            server.Folder.Write(".stylelint.yml", $"rules:\n  News.DoubledWord: {(generation % 2 == 0 ? "error" : "warning")}\n");
            await server.WaitForGeneration(generation);
        }
        stop.Cancel();
        await Task.WhenAll(load);

        Assert.IsTrue(statuses.Count > 0);
        Assert.IsTrue(statuses.All(s => s == 200), string.Join(",", statuses.Distinct()));
    }
}
