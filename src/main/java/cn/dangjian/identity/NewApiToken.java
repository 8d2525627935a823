package cn.dangjian.identity;

/** A token just created: {@code secret} is shown this once and is not kept anywhere. */
public record NewApiToken(ApiTokenView token, String secret) {
}
