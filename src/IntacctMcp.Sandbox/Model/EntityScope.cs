using System.Globalization;

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

    /// <summary>The record with this key if the entity sees it; null for a key that is not a number, absent, or out of scope.</summary>
    public static Record? Find(CompanyData data, ObjectDef def, string key, string? entityId) =>
        long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) &&
        data[def.Name].ByKey(number) is { } record && IsVisible(record, entityId)
            ? record
            : null;
}
