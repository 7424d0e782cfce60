using FastEndpoints;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Says which operations need someone signed in, and how: a personal API token (the "Authorize" button of Swagger UI
/// takes one) or the web app's session cookie. Endpoints open to everyone (sign-in, sign-out, about) carry no
/// requirement, so a client generator does not ask for a token there.
/// </summary>
public sealed class SignInRequirement : IOperationFilter
{
    public const string ApiToken = "apiToken";
    public const string Session = "session";

    public static readonly OpenApiSecurityScheme ApiTokenScheme = new()
    {
        Type = SecuritySchemeType.Http,
        Scheme = "bearer",
        BearerFormat = "apt_...",
        Description = "A personal API token (POST /api/tokens, or \"Your API tokens\" in the web app), sent as Authorization: Bearer apt_...",
    };

    public static readonly OpenApiSecurityScheme SessionScheme = new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Cookie,
        Name = Security.Authentication.AuthenticationSetup.CookieName,
        Description = "The web app's session, started by POST /api/session; changes then also need the X-CSRF-TOKEN header "
            + "with the antiforgeryToken of the last session response (Swagger UI sends it for you).",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var definition = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault();
        if (definition is null || definition.AllowedRoles is not { Count: > 0 })
        {
            // An empty requirement: open to everyone, said outright rather than left unsaid (Redocly's security-defined).
            operation.Security = [new OpenApiSecurityRequirement()];
            return;
        }
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiToken, context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Session, context.Document)] = [] },
        ];
    }
}
