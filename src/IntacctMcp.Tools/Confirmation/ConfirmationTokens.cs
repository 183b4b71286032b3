using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;

namespace IntacctMcp.Tools.Confirmation;

/// <summary>
/// Seals and checks confirmation tickets with DataProtection (purpose <see cref="Purpose"/>), valid
/// <see cref="Lifetime"/>, single use, bound to the caller, session, company, tool and exact arguments.
/// </summary>
/// <remarks>
/// Expiry is sealed inside the ticket and checked against the injected <see cref="TimeProvider"/> (DataProtection's
/// own time-limited protector reads the system clock, which tests cannot move). Used IDs are remembered in this process
/// until they expire; a second replica would accept a used ticket once more, and the write it confirms still carries
/// its idempotency key, so Sage would answer with the first outcome rather than post twice. The key ring is whatever
/// <see cref="IDataProtectionProvider"/> the host registers: ephemeral by default, a shared ring when replicas must
/// accept each other's tokens.
/// </remarks>
internal sealed class ConfirmationTokens(IDataProtectionProvider provider, TimeProvider time)
{
    /// <summary>The DataProtection purpose of tickets.</summary>
    public const string Purpose = "IntacctMcp.WriteConfirmation.v1";

    /// <summary>How long a ticket is accepted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);

    /// <summary>Seals a new ticket.</summary>
    /// <param name="kind">The ticket kind.</param>
    /// <param name="binding">What it is bound to.</param>
    /// <returns>The sealed text (URL-safe).</returns>
    public string Issue(string kind, ConfirmationBinding binding)
    {
        var payload = new JsonObject
        {
            ["id"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            ["kind"] = kind,
            ["caller"] = binding.Caller,
            ["session"] = binding.Session,
            ["company"] = binding.Company,
            ["tool"] = binding.Tool,
            ["args"] = binding.ArgumentsHash,
            ["exp"] = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds(),
        };
        return _protector.Protect(payload.ToJsonString());
    }

    /// <summary>Checks a sealed ticket against the call presenting it; does not use it up.</summary>
    /// <param name="sealedText">The sealed text.</param>
    /// <param name="kind">The kind expected.</param>
    /// <param name="binding">The presenting call.</param>
    /// <param name="ticket">The ticket, when readable.</param>
    /// <returns>The outcome.</returns>
    public TicketCheck Check(string sealedText, string kind, ConfirmationBinding binding, out ConfirmationTicket? ticket)
    {
        ticket = Read(sealedText);
        if (ticket is null || ticket.Kind != kind)
        {
            return TicketCheck.Unreadable;
        }

        return ticket switch
        {
            _ when ticket.ExpiresAt <= time.GetUtcNow() => TicketCheck.Expired,
            _ when _used.ContainsKey(ticket.Id) => TicketCheck.Used,
            _ when ticket.Binding.Caller != binding.Caller || ticket.Binding.Session != binding.Session => TicketCheck.OtherCaller,
            _ when ticket.Binding.Company != binding.Company => TicketCheck.OtherCompany,
            _ when ticket.Binding.Tool != binding.Tool || ticket.Binding.ArgumentsHash != binding.ArgumentsHash => TicketCheck.OtherArguments,
            _ => TicketCheck.Valid,
        };
    }

    /// <summary>Uses a ticket up; <see langword="false"/> when another call used it first.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <returns>Whether this call may go on.</returns>
    public bool TryUse(ConfirmationTicket ticket)
    {
        var now = time.GetUtcNow();
        foreach (var (id, expires) in _used)
        {
            if (expires <= now)
            {
                _used.TryRemove(id, out _);
            }
        }

        return _used.TryAdd(ticket.Id, ticket.ExpiresAt);
    }

    private ConfirmationTicket? Read(string sealedText)
    {
        JsonObject? o;
        try
        {
            o = JsonNode.Parse(_protector.Unprotect(sealedText)) as JsonObject;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or System.Text.Json.JsonException)
        {
            // Anything this process did not seal reads as "not valid"; why is not the caller's business.
            return null;
        }

        if (o is null || Text(o, "id") is not { } id || Text(o, "kind") is not { } kind || Text(o, "caller") is not { } caller
            || Text(o, "session") is not { } session || Text(o, "company") is not { } company || Text(o, "tool") is not { } tool
            || Text(o, "args") is not { } args || o["exp"] is not JsonValue exp || !exp.TryGetValue<long>(out var seconds))
        {
            return null;
        }

        return new ConfirmationTicket(id, kind, new ConfirmationBinding(caller, session, company, tool, args), DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
