namespace Peru.Portal.Tests.Content;

/// <summary>
/// A project's new funding announced and its total value are read as two figures, and the rules that keep a
/// made-up period or a total smaller than its funding out of the content. (The bad content corpus holds one
/// case per refused mistake; these tests cover what is accepted and what a case cannot show.)
/// </summary>
public sealed class ProjectFundingTests : IDisposable
{
    private const string English = "peru/projects/resilient-puna.md";
    private const string French = "peru/projects/resilient-puna.fr.md";
    private const string Spanish = "peru/projects/resilient-puna.es.md";

    private readonly BrokenContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Increase_IsReadAsNewFundingWithItsPeriod_AndATotalValueWithoutOne()
    {
        var result = _content.Load();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var fund = result.Content.Projects.Single(p => p.Language == "en" && p.Slug == "regional-fund");
        Assert.Equal(1200000m, fund.FundingAmount);
        Assert.Equal("CAD", fund.FundingCurrency);
        Assert.Equal("three years", fund.FundingDuration);
        Assert.Equal((2025, 2027), (fund.FundingStartYear, fund.FundingEndYear));
        Assert.Equal("increase", fund.FundingKind);
        Assert.Equal(2000000m, fund.TotalValue);
        Assert.Null(fund.TotalValueStartYear);
        Assert.Null(fund.TotalValueEndYear);
        Assert.Null(fund.TotalValuePeriodAsStated);
    }

    [Fact]
    public void NewProjectWithoutKindOrTotal_IsNewFundingAndHasNoTotalValue()
    {
        var puna = _content.Load().Content.Projects.Single(p => p.Language == "en" && p.Slug == "resilient-puna");

        Assert.Equal("new", puna.FundingKind);
        Assert.Equal(9200000m, puna.FundingAmount);
        Assert.Null(puna.TotalValue);
    }

    [Fact]
    public void TotalValuePeriodQuotedFromTheSource_IsAccepted()
    {
        WithTotalValue("  amount: 12000000\n  currency: CAD\n  start_year: 2020\n  end_year: 2029\n  period_as_stated: \"over nine years (2020-29)\"\n");

        var result = _content.Load();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var puna = result.Content.Projects.Single(p => p.Language == "en" && p.Slug == "resilient-puna");
        Assert.Equal(12000000m, puna.TotalValue);
        Assert.Equal((2020, 2029), (puna.TotalValueStartYear, puna.TotalValueEndYear));
        Assert.Equal("over nine years (2020-29)", puna.TotalValuePeriodAsStated);
    }

    [Fact]
    public void TotalValueWithOnlyAStartYear_IsRefused()
    {
        WithTotalValue("  amount: 12000000\n  currency: CAD\n  start_year: 2020\n");

        var problem = Assert.Single(_content.Load().Problems, p => p.Path == English);

        Assert.Equal(12, problem.Line);
        Assert.StartsWith("'total_value' needs both 'start_year' and 'end_year', or neither", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodAsStatedWithoutYears_IsRefused()
    {
        WithTotalValue("  amount: 12000000\n  currency: CAD\n  period_as_stated: over nine years\n");

        var problem = Assert.Single(_content.Load().Problems, p => p.Path == English);

        Assert.Equal(12, problem.Line);
        Assert.Contains("needs the period's 'start_year' and 'end_year'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TotalValueInAnotherCurrencyThanTheFunding_IsRefused()
    {
        WithTotalValue("  amount: 12000000\n  currency: USD\n");

        var problem = Assert.Single(_content.Load().Problems, p => p.Path == English);

        Assert.Equal(11, problem.Line);
        Assert.Contains("'total_value' is in USD and 'funding' in CAD", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherCurrencyWithANote_IsAccepted()
    {
        foreach (var file in new[] { English, French, Spanish })
        {
            _content.Write(file, _content.Read(file).Replace("  currency: CAD\n", "  currency: USD\n  currency_note: the source gives this amount in US dollars\n", StringComparison.Ordinal));
        }

        var result = _content.Load();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("the source gives this amount in US dollars", result.Content.Projects.Single(p => p.Language == "en" && p.Slug == "resilient-puna").FundingCurrencyNote);
    }

    [Fact]
    public void OldAmountNote_IsRefusedWithTheKeysThatReplaceIt()
    {
        _content.Write(English, _content.Read(English).Replace("funding:\n", "amount_note: Increase of $1,200,000\nfunding:\n", StringComparison.Ordinal));

        var problem = Assert.Single(_content.Load().Problems, p => p.Path == English);

        Assert.Equal(3, problem.Line);
        Assert.Contains("'kind: increase' under 'funding:'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'total_value:'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFundingKind_IsRefusedWithTheKindsThereAre()
    {
        foreach (var file in new[] { English, French, Spanish })
        {
            _content.Write(file, _content.Read(file).Replace("  end_year: 2029\n", "  end_year: 2029\n  kind: top-up\n", StringComparison.Ordinal));
        }

        var problems = _content.Load().Problems;

        Assert.Contains(problems, p => p.Path == English && p.Line == 9 && p.Message == "'kind' must be one of new, increase, not \"top-up\"");
    }

    [Fact]
    public void MisspelledKeyInsideFunding_IsReportedWithTheKeyItResembles()
    {
        _content.Write(English, _content.Read(English).Replace("  duration: five years\n", "  duraton: five years\n", StringComparison.Ordinal));

        var problems = _content.Load().Problems.Where(p => p.Path == English).ToList();

        Assert.Contains(problems, p => p.Line == 6 && p.Message == "unknown key 'duraton' in 'funding' (did you mean 'duration'?)");
        Assert.Contains(problems, p => p.Message == "missing required key 'duration'");
    }

    [Fact]
    public void TotalValueOnlyInOneTwin_IsReportedAsTwinsThatDiffer()
    {
        _content.Write(English, _content.Read(English).Replace("implementer:", "total_value:\n  amount: 12000000\n  currency: CAD\nimplementer:", StringComparison.Ordinal));

        var problems = _content.Load().Problems;

        // Each other language is told, at its own file.
        Assert.Equal([Spanish, French], problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(problems, p => Assert.StartsWith($"'total_value.amount' differs from the English twin {English}", p.Message, StringComparison.Ordinal));
    }

    /// <summary>Gives both twins of the Resilient Puna fixture the same total value, right after the funding (English line 9).</summary>
    private void WithTotalValue(string keys)
    {
        foreach (var file in new[] { English, French, Spanish })
        {
            _content.Write(file, _content.Read(file).Replace("implementer:", $"total_value:\n{keys}implementer:", StringComparison.Ordinal));
        }
    }
}
