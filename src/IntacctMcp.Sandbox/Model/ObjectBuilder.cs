namespace IntacctMcp.Sandbox.Model;

/// <summary>A small fluent builder for <see cref="ObjectDef"/>s, so the catalog reads like the Sage field lists.</summary>
internal sealed class ObjectBuilder
{
    private readonly string _name;
    private readonly string _methods;
    private readonly bool _owned;
    private readonly List<FieldDef> _fields = [];
    private readonly List<ListDef> _lists = [];
    private string? _entityPath;
    private bool _servesHref = true;

    public ObjectBuilder(string name, string methods, bool owned = false)
    {
        _name = name;
        _methods = methods;
        _owned = owned;
        _fields.Add(new FieldDef { Path = "key", Kind = FieldKind.Key, ReadOnly = true });
    }

    public ObjectBuilder Text(string path, bool required = false, bool readOnly = false) =>
        Add(new FieldDef { Path = path, Kind = FieldKind.Text, Required = required, ReadOnly = readOnly });

    public ObjectBuilder Enum(string path, string[] values, bool readOnly = false) =>
        Add(new FieldDef { Path = path, Kind = FieldKind.Enum, EnumValues = values, ReadOnly = readOnly });

    public ObjectBuilder Decimal(string path, bool required = false, bool readOnly = false) =>
        Add(new FieldDef { Path = path, Kind = FieldKind.Decimal, Required = required, ReadOnly = readOnly });

    public ObjectBuilder Integer(string path, bool readOnly = false) =>
        Add(new FieldDef { Path = path, Kind = FieldKind.Integer, ReadOnly = readOnly });

    public ObjectBuilder Date(string path, bool required = false, bool readOnly = false, bool writeOnly = false) =>
        Add(new FieldDef { Path = path, Kind = FieldKind.Date, Required = required, ReadOnly = readOnly, WriteOnly = writeOnly });

    /// <summary>Adds a JSON number that is not money (Sage's <c>"type": "number"</c>, e.g. a credit limit).</summary>
    public ObjectBuilder Number(string path, bool readOnly = false) =>
        Add(new FieldDef { Path = path, Kind = FieldKind.Number, ReadOnly = readOnly });

    public ObjectBuilder Boolean(string path, bool readOnly = false) =>
        Add(new FieldDef { Path = path, Kind = FieldKind.Boolean, ReadOnly = readOnly });

    public ObjectBuilder Ref(string path, string target, bool required = false, bool readOnly = false) =>
        Add(new FieldDef { Path = path, Kind = FieldKind.Reference, RefObject = target, Required = required, ReadOnly = readOnly });

    public ObjectBuilder Dimensions() =>
        Ref("dimensions.department", SandboxObjects.Department).Ref("dimensions.location", SandboxObjects.Location);

    public ObjectBuilder Entity(string path = "entity")
    {
        if (string.Equals(path, "entity", StringComparison.Ordinal))
        {
            Ref("entity", SandboxObjects.Entity, readOnly: true);
        }

        _entityPath = path;
        return this;
    }

    /// <summary>The read-only totals every AP/AR document carries; the amount due is its lines less its payments.</summary>
    public ObjectBuilder DocumentTotals() =>
        Decimal("totalTxnAmount", readOnly: true)
            .Decimal("paymentInformation.totalTxnAmountPaid", readOnly: true)
            .Decimal("totalTxnAmountDue", readOnly: true)
            .Decimal("totalBaseAmount", readOnly: true)
            .Decimal("totalBaseAmountDue", readOnly: true);

    /// <summary>Adds Sage's audit block; <paramref name="legacyUser"/> keeps the deprecated <c>createdBy</c>/<c>modifiedBy</c> of its <c>audit.s1</c> schema (<c>audit.s2</c> has none).</summary>
    public ObjectBuilder Audit(bool legacyUser = true)
    {
        Add(new FieldDef { Path = "audit.createdDateTime", Kind = FieldKind.DateTime, ReadOnly = true })
            .Add(new FieldDef { Path = "audit.modifiedDateTime", Kind = FieldKind.DateTime, ReadOnly = true });
        return legacyUser
            ? Add(new FieldDef { Path = "audit.createdBy", Kind = FieldKind.Text, ReadOnly = true })
                .Add(new FieldDef { Path = "audit.modifiedBy", Kind = FieldKind.Text, ReadOnly = true })
            : this;
    }

    public ObjectBuilder List(string name, string child, string parentField)
    {
        _lists.Add(new ListDef { Name = name, ChildObject = child, ParentFieldPath = parentField });
        return this;
    }

    /// <summary>Leaves <c>href</c> out of full records, for the objects whose Sage schema has none (AR invoices and their lines).</summary>
    public ObjectBuilder WithoutHref()
    {
        _servesHref = false;
        return this;
    }

    public ObjectDef Build() => new(_name, _methods, _owned, _fields, _lists, _entityPath) { ServesHref = _servesHref };

    public ObjectBuilder Add(FieldDef field)
    {
        _fields.Add(field);
        return this;
    }
}
