using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Query;

/// <summary>Runs a <see cref="QueryPlan"/> over a company's records (the caller holds the read lock).</summary>
internal static class QueryExecutor
{
    public static QueryResult Execute(QueryPlan plan, CompanyData data, string? entityId)
    {
        var matches = new List<Record>();
        var filter = plan.Filter;
        foreach (var record in data[plan.Object.Name].Records)
        {
            if (EntityScope.IsVisible(record, entityId) && (filter is null || filter(record)))
            {
                matches.Add(record);
            }
        }

        return plan.Aggregated ? Aggregate(plan, matches) : Project(plan, matches);
    }

    private static QueryResult Project(QueryPlan plan, List<Record> matches)
    {
        if (plan.OrderBy.Count > 0)
        {
            var keyed = new (Record Record, object?[] Keys)[matches.Count];
            for (var i = 0; i < matches.Count; i++)
            {
                var keys = new object?[plan.OrderBy.Count];
                for (var k = 0; k < keys.Length; k++)
                {
                    keys[k] = plan.OrderBy[k].Path!.Read(matches[i]);
                }

                keyed[i] = (matches[i], keys);
            }

            Array.Sort(keyed, (a, b) =>
            {
                for (var k = 0; k < plan.OrderBy.Count; k++)
                {
                    var order = ValueComparer.Compare(a.Keys[k], b.Keys[k]);
                    if (order != 0)
                    {
                        return plan.OrderBy[k].Descending ? -order : order;
                    }
                }

                return a.Record.Key.CompareTo(b.Record.Key);
            });
            matches = [.. keyed.Select(k => k.Record)];
        }

        var rows = new List<object?[]>();
        var end = Math.Min(matches.Count, plan.Start - 1 + plan.Size);
        for (var i = plan.Start - 1; i < end; i++)
        {
            var row = new object?[plan.Columns.Count];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = plan.Columns[c].Path.Read(matches[i]);
            }

            rows.Add(row);
        }

        return new QueryResult(rows, matches.Count, [.. plan.Columns.Select(c => c.Path.Kind)]);
    }

    private static QueryResult Aggregate(QueryPlan plan, List<Record> matches)
    {
        var columns = plan.Columns;
        var groupColumns = Enumerable.Range(0, columns.Count).Where(i => columns[i].Aggregate == AggregateKind.None).ToArray();
        var groups = new Dictionary<object?[], Accumulator[]>(GroupKeyComparer.Instance);
        var order = new List<object?[]>();
        foreach (var record in matches)
        {
            var key = new object?[groupColumns.Length];
            for (var g = 0; g < groupColumns.Length; g++)
            {
                key[g] = columns[groupColumns[g]].Path.Read(record);
            }

            if (!groups.TryGetValue(key, out var accumulators))
            {
                accumulators = new Accumulator[columns.Count];
                groups[key] = accumulators;
                order.Add(key);
            }

            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].Aggregate != AggregateKind.None)
                {
                    accumulators[c].Add(columns[c].Path.Read(record));
                }
            }
        }

        // With no group fields, aggregates over no rows still give one row (count 0).
        if (groupColumns.Length == 0 && order.Count == 0)
        {
            order.Add([]);
            groups[order[0]] = new Accumulator[columns.Count];
        }

        var rows = new List<object?[]>(order.Count);
        foreach (var key in order)
        {
            var accumulators = groups[key];
            var row = new object?[columns.Count];
            var g = 0;
            for (var c = 0; c < columns.Count; c++)
            {
                row[c] = columns[c].Aggregate == AggregateKind.None ? key[g++] : accumulators[c].Result(columns[c].Aggregate, columns[c].Path.Kind);
            }

            rows.Add(row);
        }

        var sort = plan.OrderBy.Count > 0
            ? plan.OrderBy
            : [.. groupColumns.Select(c => new SortKey(null, c, false))];
        rows.Sort((a, b) =>
        {
            foreach (var key in sort)
            {
                var result = ValueComparer.Compare(a[key.Column], b[key.Column]);
                if (result != 0)
                {
                    return key.Descending ? -result : result;
                }
            }

            return 0;
        });
        var page = rows.Skip(plan.Start - 1).Take(plan.Size).ToList();
        var kinds = columns.Select(c => c.Aggregate switch
        {
            AggregateKind.Count => FieldKind.Integer,
            AggregateKind.Avg => FieldKind.Decimal,
            _ => c.Path.Kind,
        }).ToList();
        return new QueryResult(page, rows.Count, kinds);
    }

    private struct Accumulator
    {
        private long _count;
        private decimal _sum;
        private object? _min;
        private object? _max;

        public void Add(object? value)
        {
            if (value is null)
            {
                return;
            }

            _count++;
            _sum += value switch
            {
                decimal d => d,
                long l => l,
                _ => 0m,
            };
            if (_min is null || ValueComparer.Compare(value, _min) < 0)
            {
                _min = value;
            }

            if (_max is null || ValueComparer.Compare(value, _max) > 0)
            {
                _max = value;
            }
        }

        public readonly object? Result(AggregateKind kind, FieldKind fieldKind) => kind switch
        {
            AggregateKind.Count => _count,
            AggregateKind.Sum => fieldKind == FieldKind.Integer ? (long)_sum : _sum,
            AggregateKind.Avg => _count == 0 ? null : Math.Round(_sum / _count, 2),
            AggregateKind.Min => _min,
            _ => _max,
        };
    }
}
