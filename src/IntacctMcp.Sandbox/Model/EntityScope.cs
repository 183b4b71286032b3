namespace IntacctMcp.Sandbox.Model;

/// <summary>Which records a request scoped to an entity sees: that entity's records and shared (top-level) ones.</summary>
internal static class EntityScope
{
    public static bool IsVisible(Record record, string? entityId)
    {
        if (entityId is null || record.Def.EntityAccessor is not { } accessor)
        {
            return true;
        }

        return accessor.Read(record) is not Record entity || string.Equals(entity.Id, entityId, StringComparison.Ordinal);
    }
}
