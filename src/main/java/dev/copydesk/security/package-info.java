/** Who may do what: user accounts, roles, login, and the Spring Security set-up. */
package dev.copydesk.security;
