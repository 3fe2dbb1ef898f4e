using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Peru.Portal.Web.Data;

namespace Peru.Portal.Tests.Data;

public sealed class CompiledModelTests
{
    [Fact]
    public void CompiledModel_MatchesTheModelBuiltFromTheCode()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var built = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(connection).Options);
        using var compiled = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(connection)
            .UseModel(Peru.Portal.Web.Data.CompiledModel.PortalDbContextModel.Instance).Options);

        // The same tables, columns, keys and indexes: otherwise the compiled model is out of date (see PortalDbContext).
        Assert.Equal(built.Database.GenerateCreateScript(), compiled.Database.GenerateCreateScript());
        Assert.Equal(Describe(built.Model), Describe(compiled.Model));
    }

    [Fact]
    public void SchemaFile_IsTheScriptTheModelGives()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var built = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(connection).Options);
        var expected = built.Database.GenerateCreateScript();

        // On a change of the model, replace src/Peru.Portal.Web/Data/Schema.sql with the script shown here.
        Assert.True(expected == PortalStore.Schema, "Data/Schema.sql is out of date; it should read:\n" + expected);
    }

    private static List<string> Describe(Microsoft.EntityFrameworkCore.Metadata.IModel model) =>
        model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => $"{e.Name}.{p.Name}:{p.ClrType.Name}:{p.IsNullable}")
                .Concat(e.GetNavigations().Select(n => $"{e.Name}->{n.Name}:{n.TargetEntityType.Name}")))
            .Order(StringComparer.Ordinal)
            .ToList();
}
