// /docs: Swagger UI (from its WebJar) over the OpenAPI document this server serves.
/* global SwaggerUIBundle */
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger",
  deepLinking: true,
  validatorUrl: null, // never call the public validator: nothing leaves this server
});
