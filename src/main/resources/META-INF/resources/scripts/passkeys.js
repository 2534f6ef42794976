// Passkeys with Spring Security's WebAuthn endpoints: the browser's part of registering one and of signing in with one.
window.clientelePasskeys = (() => {
  const toBase64Url = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  const fromBase64Url = (text) => {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
  };
  const post = async (url, csrf, body) => {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', [csrf.header]: csrf.token },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${url}: HTTP ${response.status}`);
    }
    return response.json();
  };
  return {
    supported: () => !!(window.PublicKeyCredential && navigator.credentials),

    async register(context, csrf, label) {
      const options = await post(`${context}/webauthn/register/options`, csrf);
      const created = await navigator.credentials.create({
        publicKey: {
          ...options,
          challenge: fromBase64Url(options.challenge),
          user: { ...options.user, id: fromBase64Url(options.user.id) },
          excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: fromBase64Url(c.id) })),
        },
      });
      const result = await post(`${context}/webauthn/register`, csrf, {
        publicKey: {
          label,
          credential: {
            id: created.id,
            rawId: toBase64Url(created.rawId),
            type: created.type,
            response: {
              attestationObject: toBase64Url(created.response.attestationObject),
              clientDataJSON: toBase64Url(created.response.clientDataJSON),
              transports: created.response.getTransports ? created.response.getTransports() : [],
            },
            clientExtensionResults: created.getClientExtensionResults(),
            authenticatorAttachment: created.authenticatorAttachment,
          },
        },
      });
      if (!result.success) {
        throw new Error('The passkey was not accepted');
      }
      return true;
    },

    async signIn(context, csrf) {
      const options = await post(`${context}/webauthn/authenticate/options`, csrf);
      const assertion = await navigator.credentials.get({
        publicKey: {
          ...options,
          challenge: fromBase64Url(options.challenge),
          allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: fromBase64Url(c.id) })),
        },
      });
      const result = await post(`${context}/login/webauthn`, csrf, {
        id: assertion.id,
        rawId: toBase64Url(assertion.rawId),
        type: assertion.type,
        response: {
          authenticatorData: toBase64Url(assertion.response.authenticatorData),
          clientDataJSON: toBase64Url(assertion.response.clientDataJSON),
          signature: toBase64Url(assertion.response.signature),
          userHandle: assertion.response.userHandle ? toBase64Url(assertion.response.userHandle) : undefined,
        },
        clientExtensionResults: assertion.getClientExtensionResults(),
        authenticatorAttachment: assertion.authenticatorAttachment,
      });
      if (!result.authenticated) {
        throw new Error('The passkey was not accepted');
      }
      window.location.href = result.redirectUrl || `${context}/`;
      return true;
    },
  };
})();
