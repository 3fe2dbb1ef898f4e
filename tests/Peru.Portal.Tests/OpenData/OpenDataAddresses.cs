using Peru.Portal.Web.Content;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Tests.OpenData;

/// <summary>The open data files of the fixture's country in every language, by data set.</summary>
public static class OpenDataAddresses
{
    public static readonly IReadOnlyDictionary<string, string> CountryIn = new Dictionary<string, string> { ["en"] = "peru", ["fr"] = "perou", ["es"] = "peru" };

    public static Language Language(string code) => LanguageTable.Builtin.Get(code);

    public static TheoryData<string, string> DataSetsInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var code in CountryIn.Keys)
        {
            foreach (var dataSet in Addresses.DataSets)
            {
                data.Add(code, dataSet);
            }
        }

        return data;
    }
}
