using System.Text.Json.Nodes;
using IntacctMcp.SpecExtract;
using Xunit;

namespace IntacctMcp.Tools.Tests.Spec;

/// <summary>
/// The refresh command on excerpts of Sage's OpenAPI documents (schemas copied from the spec files, descriptions
/// shortened): it reproduces the checked-in extract for every field the excerpts hold.
/// </summary>
public sealed class SpecExtractGeneratorTests
{
    private static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Spec", "Fixtures");

    [Fact]
    public void Refresh_SageSchemaExcerpts_ReproduceTheCheckedInExtract()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("spec-extract-").FullName, SpecCatalog.FileName);
        using var output = new StringWriter();

        var code = SpecRefresh.Run(
            [Fixtures, target, "--add", "general-ledger/journal-entry", "--add", "general-ledger/journal-entry-line", "--add", "accounts-payable/payment", "--add", "accounts-payable/payment-detail"],
            TimeProvider.System,
            output);

        Assert.Equal(0, code);
        var generated = SpecCatalog.Load(target);
        var checkedIn = SpecCatalog.LoadDefault();
        Assert.Equal(4, generated.Objects.Count);
        foreach (var (name, spec) in generated.Objects)
        {
            foreach (var (path, field) in spec.Fields)
            {
                Assert.True(checkedIn.Objects[name].Fields.TryGetValue(path, out var expected), $"{name} {path} is not in the checked-in extract");
                Assert.Equal(Describe(expected!), Describe(field));
            }
        }

        Assert.True(generated.FieldCount > 100);
        Assert.Equal("2026-09-16", (string?)generated.Source["fetchedAt"]);
    }

    [Fact]
    public void Refresh_ObjectNoDocumentDefines_FailsNamingIt()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("spec-extract-").FullName, SpecCatalog.FileName);
        using var output = new StringWriter();

        var code = SpecRefresh.Run([Fixtures, target, "--add", "accounts-payable/widget"], TimeProvider.System, output);

        Assert.Equal(1, code);
        Assert.Contains("accounts-payable/widget", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckedInExtract_NamesItsSource()
    {
        var source = SpecCatalog.LoadDefault().Source;

        Assert.Equal("lorenz-bus-service/node-intacct-rest-api", (string?)source["repository"]);
        Assert.Equal("1dcbea361b3a4951e419d749dbea3c75e1b3ecd6", (string?)source["commit"]);
        Assert.Equal("https://developer.sage.com/intacct/apis/intacct/1/intacct-openapi/groups", (string?)source["sageUrl"]);
        Assert.Equal("2026-09-16", (string?)source["fetchedAt"]);
        Assert.False(string.IsNullOrEmpty((string?)source["extractedAt"]));
    }

    private static string Describe(SpecField field) =>
        new JsonObject
        {
            ["type"] = field.Type,
            ["ref"] = field.Ref,
            ["enum"] = field.Enum is null ? null : string.Join("|", field.Enum),
            ["readOnly"] = field.ReadOnly,
            ["writeOnly"] = field.WriteOnly,
            ["required"] = field.Required,
        }.ToJsonString();
}
