using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Objects;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Intacct.Raw;

namespace IntacctMcp.Intacct;

/// <summary>
/// The one client for one configured Sage Intacct company. Every call goes through the company's token
/// provider, rate limiter and resilience pipeline; failures surface as <see cref="Errors.IntacctException"/>s.
/// </summary>
/// <remarks>
/// Object names are <c>application/object</c>, e.g. <c>accounts-payable/bill</c>. Keys are Sage's system record
/// keys (numeric strings), not the user-visible IDs. See https://developer.sage.com/intacct/docs/developer-portal/.
/// </remarks>
public interface IIntacctClient
{
    /// <summary>Gets the company this client serves (no secrets).</summary>
    IntacctCompanyInfo Company { get; }

    /// <summary>Requests a token (fresh unless one is cached and valid) and makes one cheap authenticated read.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The company, user and entity the token belongs to.</returns>
    Task<IntacctConnectionInfo> TestConnectionAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists references (<c>key</c>, <c>id</c>, <c>href</c>) of an object: <c>GET /objects/{object}</c>.</summary>
    /// <param name="objectName">The object, e.g. <c>accounts-payable/vendor</c>.</param>
    /// <param name="start">1-based start offset.</param>
    /// <param name="pageSize">Page size (Sage caps it at 100).</param>
    /// <param name="options">Entity scoping.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page of references.</returns>
    Task<IntacctPage<IntacctReference>> ListObjectsAsync(string objectName, int start = 1, int? pageSize = null, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one full record by key: <c>GET /objects/{object}/{key}</c>.</summary>
    /// <param name="objectName">The object.</param>
    /// <param name="key">The system record key.</param>
    /// <param name="options">Entity scoping.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record (the <c>ia::result</c> object).</returns>
    Task<JsonObject> GetObjectAsync(string objectName, string key, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets several records in one request: <c>GET /objects/{object}/{key1},{key2}</c>.</summary>
    /// <param name="objectName">The object.</param>
    /// <param name="keys">The keys (at most 500).</param>
    /// <param name="options">Entity scoping.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records, in the order Sage returned them.</returns>
    Task<IReadOnlyList<JsonObject>> GetObjectsAsync(string objectName, IReadOnlyList<string> keys, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates one record: <c>POST /objects/{object}</c> with an <c>Idempotency-Key</c> (generated when not given).</summary>
    /// <param name="objectName">The object.</param>
    /// <param name="record">The record body.</param>
    /// <param name="options">Entity scoping and idempotency key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created record's reference.</returns>
    Task<IntacctReference> CreateObjectAsync(string objectName, JsonObject record, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates up to 500 records in one request; a 207 answer is returned per item in input order.</summary>
    /// <param name="objectName">The object.</param>
    /// <param name="records">The records (1 to 500).</param>
    /// <param name="atomic">Sends <c>X-IA-API-Param-Transaction: true</c> so that nothing is committed if one fails.</param>
    /// <param name="options">Entity scoping and idempotency key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One result per record, in input order.</returns>
    Task<IntacctBatchResult> CreateObjectsAsync(string objectName, IReadOnlyList<JsonObject> records, bool atomic = false, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Partially updates a record: <c>PATCH /objects/{object}/{key}</c> with an <c>Idempotency-Key</c>.</summary>
    /// <param name="objectName">The object.</param>
    /// <param name="key">The system record key.</param>
    /// <param name="changes">The fields to change.</param>
    /// <param name="options">Entity scoping and idempotency key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated record's reference.</returns>
    Task<IntacctReference> UpdateObjectAsync(string objectName, string key, JsonObject changes, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a record: <c>DELETE /objects/{object}/{key}</c> (Sage answers 204).</summary>
    /// <param name="objectName">The object.</param>
    /// <param name="key">The system record key.</param>
    /// <param name="options">Entity scoping.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Sage confirmed the delete.</returns>
    Task DeleteObjectAsync(string objectName, string key, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs one page of a query: <c>POST /services/core/query</c>.</summary>
    /// <param name="query">The query.</param>
    /// <param name="options">Entity scoping.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Flat rows keyed by the requested field paths, and the paging meta.</returns>
    Task<IntacctPage<JsonObject>> QueryAsync(IntacctQuery query, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a query and follows <c>ia::meta.next</c> until the rows run out or <paramref name="maxRows"/> is reached.</summary>
    /// <param name="query">The query; its <c>Size</c> is the page size used.</param>
    /// <param name="maxRows">The most rows to return.</param>
    /// <param name="options">Entity scoping.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rows.</returns>
    IAsyncEnumerable<JsonObject> QueryAllAsync(IntacctQuery query, int maxRows = 10_000, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets an object's definition from <c>GET /services/core/model?name=…</c>, cached per company.</summary>
    /// <param name="objectName">The object.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The model (<c>ia::result</c>).</returns>
    Task<JsonObject> GetModelAsync(string objectName, CancellationToken cancellationToken = default);

    /// <summary>Runs an asynchronous report (<c>POST /services/reports/{report}</c> → 202, status, download).</summary>
    /// <param name="report">The report path under <c>/services/reports/</c>, e.g. <c>general-ledger/trial-balance</c>.</param>
    /// <param name="request">The report request body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The downloaded report.</returns>
    Task<JsonNode?> RunReportAsync(string report, JsonObject request, CancellationToken cancellationToken = default);

    /// <summary>Sends any request relative to the API base. Refuses absolute URLs, other hosts, traversal and CR/LF.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Entity scoping and idempotency key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response; a non-success status throws like every other call.</returns>
    Task<IntacctRawResponse> SendAsync(IntacctRawRequest request, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the <c>Idempotency-Key</c> a write would carry, without sending anything (for previews and audit).</summary>
    /// <param name="request">The request, as it would be given to <see cref="SendAsync"/>; a create is a POST to <c>/objects/{application}/{object}</c>.</param>
    /// <param name="options">Entity, request ID or the caller's own key.</param>
    /// <returns>The key: the caller's, or for POST and PATCH the one derived from company, entity, method, path and
    /// canonical body (or request ID); <see langword="null"/> when the call carries no predictable key (reads, services and workflows without a caller key, DELETE).</returns>
    /// <remarks>The same write gives the same key in any process: that is what lets Sage answer a repeat with its first outcome.</remarks>
    string? IdempotencyKeyFor(IntacctRawRequest request, IntacctRequestOptions? options = null);
}
