namespace IntacctMcp.Sandbox.Data;

/// <summary>The demo company's vendors and customers.</summary>
internal static class DemoParties
{
    /// <summary>Gets the vendors: name, default expense account, term, home state.</summary>
    public static IReadOnlyList<(string Name, string Account, string Term, string City, string State)> Vendors { get; } =
    [
        ("Northwind Office Supply", "6300", "N30", "Newark", "NJ"),
        ("Summit Property Management", "6200", "N15", "New York", "NY"),
        ("Blue Ridge Utilities", "6210", "N15", "Albany", "NY"),
        ("Acme Maintenance", "6100", "N30", "Brooklyn", "NY"),
        ("Pacific Telecom", "6220", "N30", "San Jose", "CA"),
        ("Cloudline Software", "6400", "N30", "Austin", "TX"),
        ("Harbor Freight Logistics", "6310", "N30", "Oakland", "CA"),
        ("Keystone Legal LLP", "6700", "N45", "Philadelphia", "PA"),
        ("Brightline CPAs", "6710", "N30", "Boston", "MA"),
        ("Evergreen Insurance Group", "6800", "N30", "Hartford", "CT"),
        ("Metro Janitorial Services", "6150", "N15", "Queens", "NY"),
        ("Atlas Staffing Partners", "6050", "N30", "Chicago", "IL"),
        ("Pinnacle Marketing Co", "6600", "N45", "Los Angeles", "CA"),
        ("Redwood Travel Agency", "6500", "N15", "San Francisco", "CA"),
        ("Granite Hardware Supply", "6410", "N30", "Manchester", "NH"),
        ("Silverline Consulting", "6050", "N45", "Seattle", "WA"),
        ("Orion Data Systems", "6400", "N30", "Raleigh", "NC"),
        ("Cascade Water Co", "6210", "N15", "Tacoma", "WA"),
        ("Lakeside Catering", "6510", "N15", "Cambridge", "MA"),
        ("Ironclad Security", "6100", "N30", "Jersey City", "NJ"),
        ("Sterling Equipment Rentals", "6100", "N30", "Yonkers", "NY"),
        ("Beacon Printing", "6300", "N30", "Providence", "RI"),
        ("Coastal Courier", "6310", "N15", "Portland", "OR"),
        ("Vertex Engineering", "5300", "N45", "Pittsburgh", "PA"),
        ("Prairie Freight Lines", "5200", "N30", "Omaha", "NE"),
        ("Global Parts Distribution", "5000", "N60", "Detroit", "MI"),
        ("Quantum Components", "5000", "N60", "Phoenix", "AZ"),
        ("Maple Leaf Manufacturing", "5000", "N45", "Buffalo", "NY"),
        ("Horizon Training Institute", "6950", "N30", "Denver", "CO"),
        ("Trade Association of America", "6960", "N30", "Washington", "DC"),
        ("Fast Lane Fleet Services", "6100", "N30", "Newark", "NJ"),
        ("Greenleaf Landscaping", "6100", "N15", "Palo Alto", "CA"),
        ("Precision HVAC Services", "6100", "N30", "Stamford", "CT"),
        ("Apex Electrical Contractors", "6100", "N45", "Bellevue", "WA"),
        ("Riverbend Bank Services", "6850", "N15", "Charlotte", "NC"),
        ("Clearview Glass & Doors", "6100", "N30", "Sacramento", "CA"),
        ("Starlight Events", "6600", "N30", "Las Vegas", "NV"),
        ("Nimbus Hosting", "6400", "N30", "Ashburn", "VA"),
        ("Patriot Payroll Services", "6020", "N15", "Roseland", "NJ"),
        ("Oakridge Furniture", "6410", "N45", "Grand Rapids", "MI"),
    ];

    public static IReadOnlyList<string> Customers { get; } =
    [
        "Contoso Retail", "Fabrikam Industries", "Tailspin Toys", "Wingtip Outfitters", "Adventure Works Cycles",
        "Litware Inc", "Proseware Labs", "Lucerne Publishing", "Margie's Travel", "Trey Research",
        "Alpine Ski House", "Coho Winery", "Fourth Coffee", "Graphic Design Institute", "Humongous Insurance",
        "Blue Yonder Airlines", "City Power & Light", "Consolidated Messenger", "Northwind Traders", "Southridge Video",
        "Woodgrove Bank", "VanArsdel Ltd", "Relecloud", "Munson's Pickles", "Bellows College",
        "Best For You Organics", "Wide World Importers", "School of Fine Art", "Lamna Healthcare", "Nod Publishers",
        "Datum Corporation", "Adatum Logistics", "First Up Consultants", "Hexa Aerospace", "Iron Range Mining",
        "Jade Bay Resorts", "Kestrel Analytics", "Lumen Biotech", "Meridian Hotels", "Nova Solar",
        "Oceanic Shipping", "Peak Performance Gyms", "Quill & Ink Stationers", "Riverside Clinics", "Sapphire Dental Group",
        "Terra Firma Builders", "Union Street Bakery", "Vivid Media", "Westfield Academy", "Zenith Robotics",
    ];

    public static IReadOnlyList<(string City, string State)> CustomerCities { get; } =
    [
        ("New York", "NY"), ("Boston", "MA"), ("San Francisco", "CA"), ("Seattle", "WA"), ("Chicago", "IL"),
        ("Austin", "TX"), ("Denver", "CO"), ("Atlanta", "GA"), ("Miami", "FL"), ("Portland", "OR"),
    ];
}
