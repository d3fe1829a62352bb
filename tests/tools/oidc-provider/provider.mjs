// A real OpenID Connect provider on loopback for Folio's tests: node provider.mjs PORT CLIENT_ID
// CLIENT_SECRET REDIRECT_URI... Its development login form accepts any name (the name becomes
// the user's subject) and any password. Prints "listening PORT" once it serves.
import Provider from "oidc-provider";

const [port, clientId, clientSecret, ...redirectUris] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const names = { ada: "Ada Lovelace", grace: "Grace Hopper" };
// Everyone's picture: a small 120×80 PNG, served by the provider as real providers serve theirs.
const picture = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAHgAAABQCAIAAABd+SbeAAAAg0lEQVR42u3QQQkAAAgEsItjCPtjLFuIj8ESLNPFgSgQLRrRokVbEC0a0aJFWxAtGtGiRSNaNKJFi0a0aESLFo1o0YgWLRrRohEtWjSiRSNatGhEi0a0aNGIFo1o0aIRLRrRokUjWjSiRYtGtGhEixaNaNGIFi0a0aIRLVo0okUj+o8FeI30hswnc5QAAAAASUVORK5CYII=", "base64");

const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: redirectUris,
    response_types: ["code"],
    grant_types: ["authorization_code"],
    token_endpoint_auth_method: "client_secret_post",
  }],
  claims: { openid: ["sub"], profile: ["name", "profile", "picture"], email: ["email", "email_verified"] },
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  cookies: { keys: ["folio-tests-only"] },
  async findAccount(_, sub) {
    return {
      accountId: sub,
      async claims() {
        return {
          sub, name: names[sub] ?? sub, profile: `https://people.example/${sub}`, picture: `${issuer}/pictures/${sub}.png`,
          email: `${sub}@provider.example`, email_verified: true,
        };
      },
    };
  },
});

provider.use(async (ctx, next) => {
  if (!ctx.path.startsWith("/pictures/")) return next();
  ctx.type = "image/png";
  ctx.body = picture;
});

provider.listen(Number(port), "127.0.0.1", () => console.log(`listening ${port}`));
