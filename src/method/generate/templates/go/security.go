// Go connection security, beside each command's main.go: the protocol and SASL mechanism from the
// environment (the design's choice, protocol and mechanism here, is the fallback) and every
// secret from the environment only (the *Variable names come from the knowledge base). Checked by
// gofmt in the tests.
package main

// @section common
func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

func securityProtocol() string { return strings.ToUpper(envOr("KAFKA_SECURITY_PROTOCOL", protocol)) }

func saslMechanism() string { return strings.ToUpper(envOr("KAFKA_SASL_MECHANISM", mechanism)) }

// @end

// @section franz
// securityOptions returns the client options for TLS and SASL.
func securityOptions() []kgo.Opt {
	var opts []kgo.Opt
	if p := securityProtocol(); p == "SSL" || p == "SASL_SSL" {
		opts = append(opts, kgo.DialTLSConfig(tlsConfig()))
	}
	if !strings.HasPrefix(securityProtocol(), "SASL") {
		return opts
	}
	user, pass := os.Getenv(usernameVariable), os.Getenv(passwordVariable)
	switch m := saslMechanism(); m {
	case "PLAIN":
		return append(opts, kgo.SASL(plain.Auth{User: user, Pass: pass}.AsMechanism()))
	case "SCRAM-SHA-256":
		return append(opts, kgo.SASL(scram.Auth{User: user, Pass: pass}.AsSha256Mechanism()))
	case "SCRAM-SHA-512":
		return append(opts, kgo.SASL(scram.Auth{User: user, Pass: pass}.AsSha512Mechanism()))
	case "OAUTHBEARER":
		return append(opts, kgo.SASL(oauth.Oauth(func(ctx context.Context) (oauth.Auth, error) {
			token, err := clientCredentialsToken(ctx)
			return oauth.Auth{Token: token}, err
		})))
	case "AWS_MSK_IAM":
		// Signed with the credentials of the IAM role the process runs as (standard AWS variables).
		return append(opts, kgo.SASL(aws.ManagedStreamingIAM(func(context.Context) (aws.Auth, error) {
			return aws.Auth{AccessKey: os.Getenv("AWS_ACCESS_KEY_ID"), SecretKey: os.Getenv("AWS_SECRET_ACCESS_KEY"), SessionToken: os.Getenv("AWS_SESSION_TOKEN")}, nil
		})))
	default:
		fmt.Fprintf(os.Stderr, "unsupported SASL mechanism %s\n", m)
		os.Exit(1)
		return nil
	}
}

func tlsConfig() *tls.Config {
	config := &tls.Config{MinVersion: tls.VersionTLS12}
	if ca := os.Getenv(caLocationVariable); ca != "" {
		pem, err := os.ReadFile(ca)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		pool := x509.NewCertPool()
		pool.AppendCertsFromPEM(pem)
		config.RootCAs = pool
	}
	if cert := os.Getenv(certificateLocationVariable); cert != "" {
		pair, err := tls.LoadX509KeyPair(cert, os.Getenv(keyLocationVariable))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		config.Certificates = []tls.Certificate{pair}
	}
	return config
}

func clientCredentialsToken(ctx context.Context) (string, error) {
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {os.Getenv(oauthClientIdVariable)}, "client_secret": {os.Getenv(oauthClientSecretVariable)}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, os.Getenv(oauthTokenEndpointVariable), strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var body struct {
		AccessToken string `json:"access_token"`
	}
	err = json.NewDecoder(resp.Body).Decode(&body)
	return body.AccessToken, err
}

// @end

// @section confluent
// withSecurity adds TLS and SASL settings to a client configuration.
func withSecurity(config kafka.ConfigMap) *kafka.ConfigMap {
	config["security.protocol"] = securityProtocol()
	if strings.HasPrefix(securityProtocol(), "SASL") {
		switch m := saslMechanism(); m {
		case "OAUTHBEARER":
			config["sasl.mechanism"] = m
			config["sasl.oauthbearer.method"] = "oidc"
			config["sasl.oauthbearer.client.id"] = os.Getenv(oauthClientIdVariable)
			config["sasl.oauthbearer.client.secret"] = os.Getenv(oauthClientSecretVariable)
			config["sasl.oauthbearer.token.endpoint.url"] = os.Getenv(oauthTokenEndpointVariable)
		case "AWS_MSK_IAM":
			// librdkafka has no AWS_MSK_IAM: MSK takes IAM-signed tokens over OAUTHBEARER. Fetch them with
			// github.com/aws/aws-msk-iam-sasl-signer-go and hand them over on each kafka.OAuthBearerTokenRefresh event.
			config["sasl.mechanism"] = "OAUTHBEARER"
		default:
			config["sasl.mechanism"] = m
			config["sasl.username"] = os.Getenv(usernameVariable)
			config["sasl.password"] = os.Getenv(passwordVariable)
		}
	}
	for name, variable := range map[string]string{
		"ssl.ca.location":          caLocationVariable,
		"ssl.certificate.location": certificateLocationVariable,
		"ssl.key.location":         keyLocationVariable,
		"ssl.key.password":         keyPasswordVariable,
	} {
		if v := os.Getenv(variable); v != "" {
			config[name] = v
		}
	}
	return &config
}

// @end
