using System.Diagnostics.CodeAnalysis;

// The test project does not generate XML documentation, which the IDE0005 (unnecessary using) build check needs;
// the check still runs for the src projects, where it matters. The test csproj belongs to the server helper.
[assembly: SuppressMessage("Style", "EnableGenerateDocumentationFile", Justification = "Test project without XML docs; IDE0005 is enforced in src.")]
