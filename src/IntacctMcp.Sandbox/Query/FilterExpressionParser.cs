using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Query;

/// <summary>Parses <c>filterExpression</c>: 1-based filter numbers combined with <c>and</c>/<c>or</c> (and binds tighter) and parentheses.</summary>
internal sealed class FilterExpressionParser
{
    private const string Target = "filterExpression";
    private readonly List<string> _tokens;
    private readonly IReadOnlyList<Func<Record, bool>> _filters;
    private readonly HashSet<int> _used = [];
    private int _position;

    private FilterExpressionParser(List<string> tokens, IReadOnlyList<Func<Record, bool>> filters)
    {
        _tokens = tokens;
        _filters = filters;
    }

    public static SageError? TryParse(string expression, IReadOnlyList<Func<Record, bool>> filters, out Func<Record, bool>? predicate)
    {
        predicate = null;
        var tokens = Tokenize(expression);
        if (tokens is null || tokens.Count == 0)
        {
            return SageError.Invalid($"filterExpression '{expression}' is not valid; use filter numbers, and, or, and parentheses.", Target);
        }

        var parser = new FilterExpressionParser(tokens, filters);
        var error = parser.ParseOr(out predicate);
        if (error is null && parser._position != tokens.Count)
        {
            error = SageError.Invalid($"filterExpression '{expression}' has an unexpected '{tokens[parser._position]}'.", Target);
        }

        if (error is null && parser._used.Count != filters.Count)
        {
            var unused = Enumerable.Range(1, filters.Count).First(i => !parser._used.Contains(i));
            error = SageError.Invalid($"filterExpression does not use filter {unused}; every filter must appear in it.", Target);
        }

        return error;
    }

    private static List<string>? Tokenize(string expression)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < expression.Length && char.IsLetterOrDigit(expression[i]))
                {
                    i++;
                }

                tokens.Add(expression[start..i].ToLowerInvariant());
            }
            else
            {
                return null;
            }
        }

        return tokens;
    }

    private SageError? ParseOr(out Func<Record, bool>? predicate)
    {
        var error = ParseAnd(out predicate);
        while (error is null && Peek() == "or")
        {
            _position++;
            error = ParseAnd(out var right);
            var left = predicate!;
            predicate = error is null ? r => left(r) || right!(r) : null;
        }

        return error;
    }

    private SageError? ParseAnd(out Func<Record, bool>? predicate)
    {
        var error = ParseTerm(out predicate);
        while (error is null && Peek() == "and")
        {
            _position++;
            error = ParseTerm(out var right);
            var left = predicate!;
            predicate = error is null ? r => left(r) && right!(r) : null;
        }

        return error;
    }

    private SageError? ParseTerm(out Func<Record, bool>? predicate)
    {
        predicate = null;
        var token = Peek();
        if (token is null)
        {
            return SageError.Invalid("filterExpression ends unexpectedly.", Target);
        }

        _position++;
        if (token == "(")
        {
            var error = ParseOr(out predicate);
            if (error is not null)
            {
                return error;
            }

            if (Peek() != ")")
            {
                return SageError.Invalid("filterExpression is missing a closing parenthesis.", Target);
            }

            _position++;
            return null;
        }

        if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) &&
            number >= 1 && number <= _filters.Count)
        {
            _used.Add(number);
            predicate = _filters[number - 1];
            return null;
        }

        return SageError.Invalid($"filterExpression refers to '{token}', but there are {_filters.Count} filters.", Target);
    }

    private string? Peek() => _position < _tokens.Count ? _tokens[_position] : null;
}
