/**
 * Intake (受理): the online form and API, paper registration, the validation of applicants and
 * identity documents (Regulations art. 29) and the receipt date (art. 31).
 */
package cn.gongkai.requests.intake;
