/** Start-up data: demo users and sample stories for the embedded default, the first admin in production. */
package dev.copydesk.demo;
