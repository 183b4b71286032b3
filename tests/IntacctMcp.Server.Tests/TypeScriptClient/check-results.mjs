// Starts intacct-mcp (the command line after this script's name) over stdio with the official TypeScript SDK client,
// lists its tools and calls every one with realistic arguments. The client validates each structuredContent against
// the tool's outputSchema (Ajv) and throws on a mismatch; this script then names the tool and Ajv's message and exits 1.
// Exit 2: a tool without a case here (add one). Exit 3: the validator the client uses accepted a result it must refuse
// (so a pass would prove nothing). Prints one line per call and a summary.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node check-results.mjs <command> [args...], e.g. dotnet intacct-mcp.dll --sandbox --allow-writes');
  process.exit(64);
}

// The server must not see a developer's real Sage credentials (INTACCT_MCP_HOME, the test's own store folder, stays).
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INTACCT_') || name === 'INTACCT_MCP_HOME'));
const transport = new StdioClientTransport({ command, args, env, stderr: 'pipe' });
const client = new Client({ name: 'intacct-mcp-schema-check', version: '1.0.0' });
await client.connect(transport);

// Keys come from the sandbox's own lists, so the calls fit whatever demo data it generated.
const first = async (tool, args, field) => (await client.callTool({ name: tool, arguments: args })).structuredContent.items.find(r => r[field])[field];
const billNumber = await first('list_bills', { pageSize: 5 }, 'billNumber');
const invoiceNumber = await first('list_invoices', { pageSize: 5 }, 'invoiceNumber');
const journalEntry = await first('list_journal_entries', { pageSize: 5 }, 'id');
const journalLines = [
  { glAccount: '6100', debit: 125.5, memo: 'repairs', dimensions: { department: 'OPS' } },
  { glAccount: '2000', credit: 125.5 },
];

const cases = {
  test_connection: [{}],
  list_companies: [{}],
  list_entities: [{}],
  describe_object: [{ object: 'accounts-payable/bill' }],
  list_gl_accounts: [{}, { fields: 'id,name,closingType', pageSize: 5 }],
  get_gl_account: [{ glAccount: '6100' }],
  list_journal_entries: [{ period: 'ytd' }, { pageSize: 1000 }],
  get_journal_entry: [{ id: journalEntry }],
  summarize_journal_entries: [{ groupBy: 'department', period: 'ytd' }, { groupBy: 'month', period: 'last_year' }],
  get_trial_balance: [{ groupBy: 'category' }, { groupBy: 'account' }],
  create_journal_entry: [
    { description: 'TypeScript schema check', lines: journalLines, dryRun: true },
    { description: 'TypeScript schema check', lines: journalLines },
  ],
  list_vendors: [{}, { fields: 'id,name,totalDue,creditLimit', orderBy: 'totalDue desc', pageSize: 5 }],
  get_vendor: [{ vendor: 'V1001' }],
  list_bills: [{ openOnly: true }, { pageSize: 1000 }],
  get_bill: [{ billNumber }],
  list_ap_payments: [{ period: 'ytd' }],
  get_ap_aging: [{}],
  create_bill: [
    { vendor: 'V1001', amount: 1250, glAccount: '6100', dryRun: true },
    { vendor: 'V1001', amount: 1250, glAccount: '6100', description: 'TypeScript schema check' },
  ],
  list_customers: [{ orderBy: 'totalDue desc', pageSize: 10 }],
  get_customer: [{ customer: 'C1001' }],
  list_invoices: [{ openOnly: true, fields: 'id,invoiceNumber,totalTxnAmountDue' }],
  get_invoice: [{ invoiceNumber }],
  list_ar_payments: [{ period: 'ytd' }],
  get_ar_aging: [{}],
  create_invoice: [
    { customer: 'C1001', amount: 980.5, glAccount: '4100', dryRun: true },
    { customer: 'C1001', amount: 980.5, glAccount: '4100', description: 'TypeScript schema check' },
  ],
  query: [{ object: 'accounts-payable/bill', fields: ['state', 'sum:totalTxnAmountDue', 'count:id'] }],
  call_sage_endpoint: [
    { method: 'GET', path: '/objects/accounts-payable/vendor/1' },
    { method: 'POST', path: '/objects/company-config/department', body: { id: 'TS', name: 'TypeScript check' }, dryRun: true },
  ],
  get_income_statement: [{}, { period: 'last_quarter', groupBy: 'department', compare: 'prior_period' }],
  get_balance_sheet: [{ asOf: 'last_month' }, { groupBy: 'account', compare: 'prior_year' }],
  get_budget_variance: [{ period: 'Q1' }, { groupBy: 'department' }],
  get_cash_position: [{}, { asOf: 'last_month' }],
  list_dimension_values: [{ dimension: 'project' }, { dimension: 'item', search: 'hw' }],
};

// listTools caches each tool's output-schema validator; callTool uses it.
const { tools } = await client.listTools();
const missing = tools.map(t => t.name).filter(name => !cases[name]);
if (missing.length > 0) {
  console.error(`No case for: ${missing.join(', ')}`);
  await client.close();
  process.exit(2);
}

// The canary: the client's validator (Ajv, as the Client builds it) must refuse a real aging with a misspelt date.
const aging = tools.find(t => t.name === 'get_ap_aging');
const real = (await client.callTool({ name: 'get_ap_aging', arguments: {} })).structuredContent;
if (new AjvJsonSchemaValidator().getValidator(aging.outputSchema)({ ...real, asOfDate: '12/07/2026' }).valid) {
  console.error('The output-schema validator accepted an aging whose asOfDate is not a date.');
  await client.close();
  process.exit(3);
}

const failures = [];
let calls = 0;
for (const tool of tools) {
  for (const args of cases[tool.name]) {
    calls++;
    const label = `${tool.name} ${JSON.stringify(args)}`;
    try {
      const result = await client.callTool({ name: tool.name, arguments: args });
      if (result.isError || !result.structuredContent) {
        failures.push(`${label}: no structured result: ${result.content?.map(c => c.text).join(' ')}`);
      } else {
        console.log(`ok ${label}`);
      }
    } catch (error) {
      failures.push(`${label}: ${error.message}`);
    }
  }
}

await client.close();
console.log(`${calls} call(s) of ${tools.length} tool(s), ${failures.length} failure(s)`);
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
