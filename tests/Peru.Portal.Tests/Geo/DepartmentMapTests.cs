using Peru.Portal.Web.Geo;

namespace Peru.Portal.Tests.Geo;

public sealed class DepartmentMapTests
{
    private static DepartmentMap Peru => DepartmentMap.ForCountry("peru")!;

    [Fact]
    public void PeruMap_HasItsTwentyFourDepartmentsAndCallao_WithTheirNamesAsPagesWriteThem()
    {
        Assert.Equal(25, Peru.Departments.Count);
        Assert.Contains(Peru.Departments, d => d is { Code: "12", Name: "Junín", Slug: "junin" });
        Assert.Contains(Peru.Departments, d => d is { Code: "17", Name: "Madre de Dios", Slug: "madre-de-dios" });
        Assert.Null(DepartmentMap.ForCountry("atlantis"));
    }

    [Theory]
    [InlineData("La Libertad")]
    [InlineData("LA LIBERTAD")]
    [InlineData("  la   libertad ")]
    public void Find_IgnoresLetterCaseAndSpacing(string name) => Assert.Equal("la-libertad", Peru.Find(name)?.Slug);

    [Theory]
    [InlineData("Junin", "junin")]
    [InlineData("Junín", "junin")]
    [InlineData("San Martin", "san-martin")]
    public void Find_IgnoresAccents(string name, string slug) => Assert.Equal(slug, Peru.Find(name)?.Slug);

    [Theory]
    [InlineData("La Libertat", "La Libertad")]
    [InlineData("Cuzco", "Cusco")]
    [InlineData("Huancavelika", "Huancavelica")]
    public void Suggest_NamesTheNearestDepartmentOfAMisspeltName(string name, string meant) => Assert.Equal(meant, Peru.Suggest(name)?.Name);

    [Fact]
    public void Suggest_NamesNothingForAPlaceFarFromEveryDepartment() => Assert.Null(Peru.Suggest("Cyberjaya, Malaysia"));

    [Fact]
    public void Drawing_GivesTheSameBytesEveryTime_AndStaysSmall()
    {
        string Draw() => DepartmentMapDrawing.Draw(Peru, d => d.Slug == "lima" ? new DepartmentLink("/en/peru/departments/lima", d.Name) : null, "caption");

        var svg = Draw();
        Assert.Equal(svg, Draw());
        Assert.InRange(svg.Length, 1_000, 40_000);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"department-map\" viewBox=\"0 0 ", svg, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/peru/departments/lima\" aria-label=\"Lima\"><title>Lima</title>", svg, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(svg, "<a "));
    }

    [Fact]
    public void Drawing_EscapesWhatItIsGiven()
    {
        var svg = DepartmentMapDrawing.Draw(Peru, d => d.Slug == "lima" ? new DepartmentLink("/x?a=1&b=\"2\"", "<Lima>") : null, "caption");

        Assert.Contains("href=\"/x?a=1&amp;b=&quot;2&quot;\" aria-label=\"&lt;Lima&gt;\"", svg, StringComparison.Ordinal);
    }
}
