// Exists so the tests can start the app with WebApplicationFactory<Program>.
public partial class Program;
