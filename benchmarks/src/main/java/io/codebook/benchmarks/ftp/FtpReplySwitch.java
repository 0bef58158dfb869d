package io.codebook.benchmarks.ftp;

/**
 * The FTP peer in the style of protobuf's {@code forNumber} and Netty's {@code
 * HttpResponseStatus.valueOf}: one {@code switch} on the number, a {@code case} per code returning
 * the constant, {@code null} otherwise. Written out by hand (the list follows the spec); {@code
 * FtpBenchmark} checks at set-up that it agrees with the generated lookup on every input.
 */
final class FtpReplySwitch {
  private FtpReplySwitch() {}

  static FtpReply find(int code) {
    switch (code) {
      case 110:
        return FtpReply.RESTART_MARKER_REPLY;
      case 120:
        return FtpReply.SERVICE_READY_IN_MINUTES;
      case 125:
        return FtpReply.DATA_CONNECTION_ALREADY_OPEN;
      case 150:
        return FtpReply.FILE_STATUS_OKAY;
      case 200:
        return FtpReply.COMMAND_OKAY;
      case 202:
        return FtpReply.COMMAND_SUPERFLUOUS;
      case 211:
        return FtpReply.SYSTEM_STATUS;
      case 212:
        return FtpReply.DIRECTORY_STATUS;
      case 213:
        return FtpReply.FILE_STATUS;
      case 214:
        return FtpReply.HELP_MESSAGE;
      case 215:
        return FtpReply.NAME_SYSTEM_TYPE;
      case 220:
        return FtpReply.SERVICE_READY;
      case 221:
        return FtpReply.SERVICE_CLOSING_CONTROL_CONNECTION;
      case 225:
        return FtpReply.DATA_CONNECTION_OPEN;
      case 226:
        return FtpReply.CLOSING_DATA_CONNECTION;
      case 227:
        return FtpReply.ENTERING_PASSIVE_MODE;
      case 228:
        return FtpReply.ENTERING_LONG_PASSIVE_MODE;
      case 229:
        return FtpReply.ENTERING_EXTENDED_PASSIVE_MODE;
      case 230:
        return FtpReply.USER_LOGGED_IN;
      case 231:
        return FtpReply.USER_LOGGED_OUT;
      case 232:
        return FtpReply.USER_LOGGED_IN_AUTHORIZED;
      case 234:
        return FtpReply.SECURITY_DATA_EXCHANGE_COMPLETE;
      case 235:
        return FtpReply.SECURITY_DATA_EXCHANGE_SUCCESSFUL;
      case 250:
        return FtpReply.FILE_ACTION_OKAY;
      case 251:
        return FtpReply.MD5_CHECKSUM;
      case 252:
        return FtpReply.MMD5_CHECKSUMS;
      case 257:
        return FtpReply.PATHNAME_CREATED;
      case 331:
        return FtpReply.USER_NAME_OKAY_NEED_PASSWORD;
      case 332:
        return FtpReply.NEED_ACCOUNT_FOR_LOGIN;
      case 334:
        return FtpReply.SECURITY_MECHANISM_OKAY;
      case 335:
        return FtpReply.SECURITY_DATA_ACCEPTABLE;
      case 336:
        return FtpReply.USER_NAME_OKAY_NEED_PASSWORD_CHALLENGE;
      case 350:
        return FtpReply.FILE_ACTION_PENDING;
      case 421:
        return FtpReply.SERVICE_NOT_AVAILABLE;
      case 425:
        return FtpReply.CANNOT_OPEN_DATA_CONNECTION;
      case 426:
        return FtpReply.TRANSFER_ABORTED;
      case 430:
        return FtpReply.INVALID_USERNAME_OR_PASSWORD;
      case 431:
        return FtpReply.NEED_UNAVAILABLE_RESOURCE;
      case 434:
        return FtpReply.REQUESTED_HOST_UNAVAILABLE;
      case 450:
        return FtpReply.FILE_ACTION_NOT_TAKEN;
      case 451:
        return FtpReply.LOCAL_ERROR_IN_PROCESSING;
      case 452:
        return FtpReply.INSUFFICIENT_STORAGE_SPACE;
      case 500:
        return FtpReply.SYNTAX_ERROR_COMMAND_UNRECOGNIZED;
      case 501:
        return FtpReply.SYNTAX_ERROR_IN_ARGUMENTS;
      case 502:
        return FtpReply.COMMAND_NOT_IMPLEMENTED;
      case 503:
        return FtpReply.BAD_SEQUENCE_OF_COMMANDS;
      case 504:
        return FtpReply.COMMAND_NOT_IMPLEMENTED_FOR_PARAMETER;
      case 521:
        return FtpReply.SUPPORTED_ADDRESS_FAMILIES;
      case 522:
        return FtpReply.EXTENDED_PORT_FAILURE;
      case 530:
        return FtpReply.NOT_LOGGED_IN;
      case 532:
        return FtpReply.NEED_ACCOUNT_FOR_STORING_FILES;
      case 533:
        return FtpReply.COMMAND_PROTECTION_LEVEL_DENIED;
      case 534:
        return FtpReply.REQUEST_DENIED_FOR_POLICY_REASONS;
      case 535:
        return FtpReply.FAILED_SECURITY_CHECK;
      case 536:
        return FtpReply.PROT_LEVEL_NOT_SUPPORTED;
      case 537:
        return FtpReply.COMMAND_PROTECTION_LEVEL_NOT_SUPPORTED;
      case 550:
        return FtpReply.FILE_UNAVAILABLE;
      case 551:
        return FtpReply.PAGE_TYPE_UNKNOWN;
      case 552:
        return FtpReply.STORAGE_ALLOCATION_EXCEEDED;
      case 553:
        return FtpReply.FILE_NAME_NOT_ALLOWED;
      case 554:
        return FtpReply.INVALID_REST_PARAMETER;
      case 555:
        return FtpReply.TYPE_OR_STRU_MISMATCH;
      case 631:
        return FtpReply.INTEGRITY_PROTECTED_REPLY;
      case 632:
        return FtpReply.CONFIDENTIALITY_AND_INTEGRITY_PROTECTED_REPLY;
      case 633:
        return FtpReply.CONFIDENTIALITY_PROTECTED_REPLY;
      default:
        return null;
    }
  }
}
