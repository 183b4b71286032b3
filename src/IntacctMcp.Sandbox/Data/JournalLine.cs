using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Data;

/// <summary>One line to post in a journal entry.</summary>
internal readonly record struct JournalLine(Record Account, bool Debit, decimal Amount, Record Department, Record Location, string? Description = null);
