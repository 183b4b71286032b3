namespace IntacctMcp.Sandbox.Model;

/// <summary>How a field's value is stored, compared and written.</summary>
internal enum FieldKind
{
    /// <summary>The system record key: stored as <see cref="long"/>, written as a string.</summary>
    Key,

    /// <summary>Free text, stored as <see cref="string"/>.</summary>
    Text,

    /// <summary>Text restricted to <see cref="FieldDef.EnumValues"/>.</summary>
    Enum,

    /// <summary>Money, stored as <see cref="decimal"/>, written as a string with 2 decimals.</summary>
    Decimal,

    /// <summary>A whole number, stored as <see cref="long"/>.</summary>
    Integer,

    /// <summary>A JSON number that is not money (Sage's <c>"type": "number"</c>), stored as <see cref="decimal"/>.</summary>
    Number,

    /// <summary>A date, stored as <see cref="DateOnly"/>, written <c>yyyy-mm-dd</c>.</summary>
    Date,

    /// <summary>A timestamp, stored as <see cref="DateTimeOffset"/>, written in ISO 8601 UTC.</summary>
    DateTime,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A reference to another record, stored as <see cref="Record"/>.</summary>
    Reference,
}
