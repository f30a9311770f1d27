/** The REST API (pinned core in shared/API.md): thin controllers over the same secured services as the UI. */
package dev.copydesk.api;
