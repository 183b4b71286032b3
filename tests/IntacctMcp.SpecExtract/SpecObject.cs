namespace IntacctMcp.SpecExtract;

/// <summary>The extracted fields of one Sage object.</summary>
/// <param name="Name">The object, e.g. <c>general-ledger/journal-entry-line</c>.</param>
/// <param name="File">The spec file it came from, e.g. <c>spec/general-ledger.json</c>.</param>
/// <param name="Schema">The schema name, e.g. <c>objects.general-ledger.journal-entry-line</c>.</param>
/// <param name="Complete">Whether every property of the schema was extracted.</param>
/// <param name="Note">What the extract leaves out, if anything.</param>
/// <param name="Fields">The fields by dotted path.</param>
public sealed record SpecObject(string Name, string File, string Schema, bool Complete, string? Note, IReadOnlyDictionary<string, SpecField> Fields);
