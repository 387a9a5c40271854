/**
 * Implementation details of the receiver SDK. Not exported from the module and not API: anything
 * here may change in any release.
 */
package dev.billhook.webhook.internal;
