/** The desk's event bus: what services did, told to the open views after commit. Depends on nothing else here. */
package dev.copydesk.events;
