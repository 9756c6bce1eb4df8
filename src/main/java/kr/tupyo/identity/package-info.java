/**
 * People and access: staff accounts with roles, sign-in, API tokens, and the security rules that
 * every other module's pages and endpoints sit behind.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package kr.tupyo.identity;
