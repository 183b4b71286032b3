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
        var total = matches.Count;
        if (plan.OrderBy.Count > 0)
        {
            matches = Sort(plan, matches, Math.Min(total, plan.Start - 1 + plan.Size));
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

        return new QueryResult(rows, total, [.. plan.Columns.Select(c => c.Path.Kind)]);
    }

    /// <summary>
    /// Sorts by the order keys, then by record key, returning at least the first <paramref name="needed"/> records in order.
    /// Keys are read once per record and compared with typed comparers.
    /// </summary>
    private static List<Record> Sort(QueryPlan plan, List<Record> matches, int needed)
    {
        var sortKeys = plan.OrderBy;
        var comparers = sortKeys.Select(k => ValueComparer.For(k.Path!.Kind)).ToArray();
        var keys = new object?[sortKeys.Count][];
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = new object?[matches.Count];
            for (var i = 0; i < matches.Count; i++)
            {
                keys[k][i] = sortKeys[k].Path!.Read(matches[i]);
            }
        }

        int Compare(int a, int b)
        {
            for (var k = 0; k < keys.Length; k++)
            {
                var result = comparers[k](keys[k][a], keys[k][b]);
                if (result != 0)
                {
                    return sortKeys[k].Descending ? -result : result;
                }
            }

            return matches[a].Key.CompareTo(matches[b].Key);
        }

        var order = needed * 4 < matches.Count ? TopIndices(matches.Count, needed, Compare) : FullOrder(matches.Count, Compare);
        var sorted = new List<Record>(order.Count);
        foreach (var index in order)
        {
            sorted.Add(matches[index]);
        }

        return sorted;
    }

    private static List<int> FullOrder(int count, Comparison<int> compare)
    {
        var order = new int[count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, compare);
        return [.. order];
    }

    /// <summary>The first <paramref name="needed"/> indices in order, by insertion into a short sorted list (a page is small next to the matches).</summary>
    private static List<int> TopIndices(int count, int needed, Comparison<int> compare)
    {
        var top = new List<int>(needed + 1);
        for (var i = 0; i < count; i++)
        {
            if (top.Count == needed && compare(i, top[^1]) >= 0)
            {
                continue;
            }

            int low = 0, high = top.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (compare(i, top[middle]) < 0)
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            top.Insert(low, i);
            if (top.Count > needed)
            {
                top.RemoveAt(top.Count - 1);
            }
        }

        return top;
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
                    accumulators[c].Add(columns[c].Path.Read(record), columns[c].Aggregate);
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

        public void Add(object? value, AggregateKind kind)
        {
            if (value is null)
            {
                return;
            }

            _count++;
            switch (kind)
            {
                case AggregateKind.Sum or AggregateKind.Avg:
                    _sum += value switch
                    {
                        decimal d => d,
                        long l => l,
                        _ => 0m,
                    };
                    break;
                case AggregateKind.Min when _min is null || ValueComparer.Compare(value, _min) < 0:
                    _min = value;
                    break;
                case AggregateKind.Max when _max is null || ValueComparer.Compare(value, _max) > 0:
                    _max = value;
                    break;
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
