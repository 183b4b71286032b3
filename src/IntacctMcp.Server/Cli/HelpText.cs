namespace IntacctMcp.Server.Cli;

/// <summary>The text of <c>intacct-mcp --help</c>.</summary>
internal static class HelpText
{
    public const string Text = """
        intacct-mcp: an MCP server for Sage Intacct.

        Usage:
          intacct-mcp [stdio] [options]            MCP over stdio (Claude Desktop and other local clients)
          intacct-mcp http [--urls URL] [options]  MCP over Streamable HTTP at /mcp, plus GET /healthz
          intacct-mcp test-connection [--company NAME] [--sandbox]
                                                   request a token, make one cheap read, print the company and entity
          intacct-mcp login --company NAME [--client-id ID] [--base-url URL] [--port N] [--timeout SECONDS] [--no-browser] [--https-redirect]
                                                   sign in to Sage as yourself (a company with Flow authorization_code):
                                                   prints the sign-in URL, waits for it, stores the tokens encrypted
                                                   (with --redis, in Redis too, for every replica)
          intacct-mcp logout --company NAME        forget (and revoke at Sage) the company's sign-in
          intacct-mcp apikey create --name NAME --scopes read[,write] [--companies a,b]
                                                   print a new API key once, and the configuration entry to add
          intacct-mcp --help | --version

        Options (each also settable in configuration, e.g. INTACCT_MCP_Tools__ReadOnly=true):
          --sandbox                 serve the built-in sandbox company in-process (demo data, no Sage account) [Server:Sandbox]
          --company NAME            the default company [Intacct:DefaultCompany]
          --toolsets LIST           toolsets to offer: context,gl,ap,ar,query,raw (default: all) [Tools:Toolsets]
          --dynamic-toolsets        start each session with context + list_toolsets/enable_toolset; the model enables
                                    the others (clients that follow tools/list_changed; http needs --stateful) [Tools:DynamicToolsets]
          --read-only               remove every write tool [Tools:ReadOnly]
          --allow-writes            offer write tools (off by default) [Tools:AllowWrites]
          --confirm-writes          clients that cannot ask the user: a write first returns a preview and a token,
                                    and posts only when repeated with confirmationToken [Tools:ConfirmWrites]
          --free-text full|omit     omit leaves memo and description fields out unless a call names them (default full) [Tools:FreeText]
          --redis HOST:PORT         share tokens, rate budget and keys with other replicas through Redis; also set
                                    Redis:Replicas and Redis:KeyRingCertificate [Redis:Configuration]
          --log-level LEVEL         verbose|debug|information|warning|error|fatal (logs go to stderr) [Serilog:MinimumLevel:Default]
          --config FILE             an extra JSON configuration file
          http only:
          --urls URL                where to listen (default http://127.0.0.1:3001) [Http:Urls]
          --stateful                keep sessions (Mcp-Session-Id) instead of serving every request statelessly [Http:Stateful]
          --allow-unauthenticated   allow listening beyond loopback without authentication (not recommended) [Http:AllowUnauthenticated]

        Configuration, lowest precedence first: appsettings.json beside the executable, appsettings.json in the
        working directory, --config files, environment (INTACCT_CLIENT_ID / INTACCT_CLIENT_SECRET / INTACCT_USERNAME,
        or INTACCT_MCP_<Key> with __ for ':'), then the command line.
        A company: Intacct:Companies:<name>:ClientId, :ClientSecret, :Username (userId@companyId[|entityId]);
        a regular user's company: :Flow authorization_code, :ClientId (and :ClientSecret for a confidential client).

        Exit codes: 0 success, 1 failure, 2 usage or configuration error.
        """;
}
