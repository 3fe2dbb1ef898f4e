using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Peru.Portal.Web.Data;

/// <summary>
/// The store's tables in the order rows can be written: a table after every table it refers to. Taken from the
/// model, so a table added for a new kind of content is emptied and filled by the import without being named.
/// </summary>
public static class StoreTables
{
    public static IReadOnlyList<IEntityType> InDependencyOrder(IModel model)
    {
        var remaining = model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() is not null).OrderBy(e => e.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(e => e.GetForeignKeys().All(fk => fk.PrincipalEntityType == e || ordered.Contains(fk.PrincipalEntityType)))
                ?? throw new InvalidOperationException("the store's tables refer to each other in a circle");
            ordered.Add(next);
            remaining.Remove(next);
        }

        return ordered;
    }
}
