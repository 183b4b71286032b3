using IntacctMcp.Sandbox.Data;
using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Writes;

/// <summary>What a write needs: the company's books, the entity scope, the clock and the user.</summary>
internal sealed record WriteContext(Books Books, string? EntityId, DateTimeOffset Now, string User)
{
    public CompanyData Data => Books.Data;

    public DateOnly Today => DateOnly.FromDateTime(Now.ToLocalTime().DateTime);
}
