using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Tests.Support;
using IntacctMcp.SpecExtract;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Spec;

/// <summary>
/// The sandbox is Sage as Sage publishes itself: every field its catalog defines and every field its records serve
/// exists in the spec extract for that object, with the same type (references to the same object, enum values among
/// Sage's), read-only where Sage says so and write-only exactly where Sage says so.
/// </summary>
public sealed class SandboxSpecTests(DemoSandboxFixture fixture) : IClassFixture<DemoSandboxFixture>
{
    private static readonly SpecCatalog Spec = SpecCatalog.LoadDefault();

    [Fact]
    public void Catalog_EveryObjectAndField_IsSagesWithTheSameType()
    {
        var problems = new List<string>();
        var fields = 0;
        foreach (var def in SandboxObjects.All.Values)
        {
            if (!Spec.Objects.TryGetValue(def.Name, out var spec))
            {
                problems.Add($"{def.Name} is not in the spec extract");
                continue;
            }

            foreach (var field in def.Fields)
            {
                fields++;
                if (!spec.Fields.TryGetValue(field.Path, out var expected))
                {
                    problems.Add($"{def.Name} '{field.Path}' is not a field of Sage's {spec.Schema}");
                    continue;
                }

                if (SpecType(field.Kind) != expected.Type)
                {
                    problems.Add($"{def.Name} '{field.Path}' is {SpecType(field.Kind)} in the sandbox, {expected.Type} in Sage's spec");
                }

                if (field.Kind == FieldKind.Reference && field.RefObject != expected.Ref)
                {
                    problems.Add($"{def.Name} '{field.Path}' refers to {field.RefObject}, Sage's to {expected.Ref}");
                }

                if (field.EnumValues is { } values && expected.Enum is { } allowed && values.Except(allowed).ToList() is { Count: > 0 } extra)
                {
                    problems.Add($"{def.Name} '{field.Path}' allows {string.Join(", ", extra)}, which Sage's spec does not");
                }

                if (expected.ReadOnly && !field.ReadOnly)
                {
                    problems.Add($"{def.Name} '{field.Path}' is writable in the sandbox, read-only in Sage's spec");
                }

                if (expected.WriteOnly != field.WriteOnly)
                {
                    problems.Add($"{def.Name} '{field.Path}' write-only: sandbox {field.WriteOnly}, Sage {expected.WriteOnly}");
                }
            }

            foreach (var list in def.Lists)
            {
                fields++;
                if (!spec.Fields.TryGetValue(list.Name, out var expected) || !expected.IsList || expected.Ref != list.ChildObject)
                {
                    problems.Add($"{def.Name} list '{list.Name}' of {list.ChildObject} is not Sage's");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Sandbox catalog: {SandboxObjects.All.Count} objects, {fields} fields checked against an extract of {Spec.Objects.Count} objects, {Spec.FieldCount} fields.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void ServedRecords_EveryObject_FitSagesSpec()
    {
        var check = new RecordCheck(Spec);
        var records = 0;
        foreach (var name in SandboxObjects.All.Keys.Where(n => !SandboxObjects.All[n].IsOwned))
        {
            foreach (var record in fixture.Server.ExportObjects(name))
            {
                records++;
                check.Check(name, record);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Sandbox records: {records} records, {check.FieldsChecked} served values, {check.DistinctFields.Count} distinct object fields checked.");
        var violations = check.Violations.Select(v => v.ToString()).Distinct().ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations.Take(60)));
        Assert.True(records > 1000);
    }

    [Fact]
    public void Query_LinePostingDate_RefusedAsSageRefusesIt()
    {
        Assert.True(Spec.TryResolve("general-ledger/journal-entry-line", "journalEntry.postingDate", out _, out var owner));
        Assert.Equal("general-ledger/journal-entry", owner);
        Assert.False(Spec.TryResolve("general-ledger/journal-entry-line", "postingDate", out _, out _));
    }

    private static string SpecType(FieldKind kind) => kind switch
    {
        FieldKind.Decimal => "decimal",
        FieldKind.Integer => "integer",
        FieldKind.Number => "number",
        FieldKind.Date => "date",
        FieldKind.DateTime => "date-time",
        FieldKind.Boolean => "boolean",
        FieldKind.Reference => "reference",
        _ => "string",
    };
}
